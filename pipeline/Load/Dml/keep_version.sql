-- Grain: copies the loaded version of one document ($1 = source_file) into raw_document_versions with its counts,
-- before it is replaced or removed ($2 = 'replaced' or 'removed'); nothing when the document is not loaded.
WITH doc AS (
    SELECT * FROM raw_documents WHERE source_file = $1
),
counts AS (
    SELECT
        (SELECT count(*) FROM raw_observations WHERE source_file = $1) AS figures,
        (SELECT count(*) FROM raw_targets WHERE source_file = $1) AS targets,
        (SELECT count(*) FROM raw_tasks WHERE source_file = $1) AS tasks
)
INSERT INTO raw_document_versions (source_file, sha256, kind, format, bytes, path, loaded_at, figures, targets, tasks, reason)
SELECT doc.source_file, doc.sha256, doc.kind, doc.format, doc.bytes, doc.path, doc.loaded_at,
       counts.figures, counts.targets, counts.tasks, $2
FROM doc, counts
