-- Grain: one row per warning about a loaded document, or per error that kept a document out (rejected = true).
CREATE TABLE IF NOT EXISTS raw_findings (
    source_file VARCHAR NOT NULL,
    sha256      VARCHAR,
    line        INTEGER NOT NULL,
    severity    VARCHAR NOT NULL,
    message     VARCHAR NOT NULL,
    text        VARCHAR,
    rejected    BOOLEAN NOT NULL,
    path        VARCHAR,
    recorded_at TIMESTAMP NOT NULL DEFAULT current_timestamp
)
