-- Grain: one row per raw table the ingest fills: its name and exact row count.
SELECT 'raw_documents' AS table_name, count(*) AS row_count FROM raw_documents
UNION ALL SELECT 'raw_observations', count(*) FROM raw_observations
UNION ALL SELECT 'raw_targets', count(*) FROM raw_targets
UNION ALL SELECT 'raw_tasks', count(*) FROM raw_tasks
UNION ALL SELECT 'raw_findings', count(*) FROM raw_findings
