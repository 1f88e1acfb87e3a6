-- Grain: one row per file that has figures, targets, tasks or warnings in the database but no document row (a partial document).
WITH rows_of AS (
    SELECT source_file FROM raw_observations
    UNION SELECT source_file FROM raw_targets
    UNION SELECT source_file FROM raw_tasks
    UNION SELECT source_file FROM raw_findings WHERE NOT rejected
)
SELECT r.source_file FROM rows_of r
WHERE NOT EXISTS (SELECT 1 FROM raw_documents d WHERE d.source_file = r.source_file)
ORDER BY r.source_file
