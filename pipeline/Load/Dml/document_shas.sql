-- Grain: one row per loaded document: its name, the SHA-256 of the version loaded, its figures + targets + tasks, and the
-- readers' version that read it.
WITH items AS (
    SELECT source_file, count(*) AS n FROM raw_observations GROUP BY source_file
    UNION ALL SELECT source_file, count(*) FROM raw_targets GROUP BY source_file
    UNION ALL SELECT source_file, count(*) FROM raw_tasks GROUP BY source_file
)
SELECT d.source_file, d.sha256, coalesce((SELECT sum(n) FROM items WHERE items.source_file = d.source_file), 0)::BIGINT AS items,
       d.reader
FROM raw_documents d
