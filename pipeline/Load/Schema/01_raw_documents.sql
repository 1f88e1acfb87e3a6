-- Grain: one row per loaded document (by file name). Replaced whole when the file changes.
CREATE TABLE IF NOT EXISTS raw_documents (
    source_file VARCHAR NOT NULL,
    sha256      VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    issuer      VARCHAR,
    province    VARCHAR,
    year        INTEGER,
    number      VARCHAR,
    issued_on   DATE,
    format      VARCHAR NOT NULL,
    bytes       BIGINT NOT NULL,
    path        VARCHAR NOT NULL,
    loaded_at   TIMESTAMP NOT NULL DEFAULT current_timestamp,
    reader      VARCHAR
)
