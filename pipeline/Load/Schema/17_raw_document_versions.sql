-- Grain: one row per earlier version of a document (replaced by a newer one, or removed), kept so it can be restored
-- from its file (path) as long as that file is there with the same SHA-256.
CREATE TABLE IF NOT EXISTS raw_document_versions (
    source_file   VARCHAR NOT NULL,
    sha256        VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,
    format        VARCHAR NOT NULL,
    bytes         BIGINT NOT NULL,
    path          VARCHAR NOT NULL,
    loaded_at     TIMESTAMP NOT NULL,
    figures       INTEGER NOT NULL,
    targets       INTEGER NOT NULL,
    tasks         INTEGER NOT NULL,
    reason        VARCHAR NOT NULL,
    superseded_at TIMESTAMP NOT NULL DEFAULT current_timestamp
)
