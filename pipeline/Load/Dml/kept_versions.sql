-- Grain: one row per kept earlier version of a document, newest first.
SELECT source_file, sha256, kind, bytes, loaded_at, superseded_at, figures, targets, tasks, reason, path
FROM raw_document_versions
ORDER BY superseded_at DESC, source_file
