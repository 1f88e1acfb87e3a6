-- Grain: one loaded document ($1 = source_file): its SHA-256, figures + targets + tasks and the readers' version that read
-- it, or no row.
SELECT d.sha256,
       ((SELECT count(*) FROM raw_observations WHERE source_file = $1) + (SELECT count(*) FROM raw_targets WHERE source_file = $1)
        + (SELECT count(*) FROM raw_tasks WHERE source_file = $1))::BIGINT AS items,
       d.reader
FROM raw_documents d WHERE d.source_file = $1
