-- Grain: one loaded document ($1 = source_file): its SHA-256 and figures + targets + tasks, or no row.
SELECT d.sha256,
       ((SELECT count(*) FROM raw_observations WHERE source_file = $1) + (SELECT count(*) FROM raw_targets WHERE source_file = $1)
        + (SELECT count(*) FROM raw_tasks WHERE source_file = $1))::BIGINT AS items
FROM raw_documents d WHERE d.source_file = $1
