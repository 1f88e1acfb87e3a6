-- Grain: one row per earlier version of a document (reason 'replaced' or 'removed'), newest first within a document.
CREATE OR REPLACE VIEW document_versions AS
SELECT source_file, sha256, kind, format, bytes, path, loaded_at, figures, targets, tasks, reason, superseded_at
FROM raw_document_versions
