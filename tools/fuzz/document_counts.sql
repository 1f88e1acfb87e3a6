-- Grain: one row per loaded document: its name, the version loaded, and how many rows of each kind it holds.
WITH counts AS (
    SELECT d.source_file, d.sha256,
           (SELECT count(*) FROM raw_observations o WHERE o.source_file = d.source_file) AS observations,
           (SELECT count(*) FROM raw_targets t WHERE t.source_file = d.source_file) AS targets,
           (SELECT count(*) FROM raw_tasks k WHERE k.source_file = d.source_file) AS tasks,
           (SELECT count(*) FROM raw_findings f WHERE f.source_file = d.source_file AND NOT f.rejected) AS warnings
    FROM raw_documents d
)
SELECT source_file, sha256, observations, targets, tasks, warnings FROM counts ORDER BY source_file, sha256
