-- Grain: one row per value or target outside 0–100.
SELECT source_file || ':' || source_line AS key, 'value ' || value_pct || ' outside 0–100' AS problem
FROM raw_observations WHERE value_pct < 0 OR value_pct > 100
UNION ALL
SELECT source_file || ':' || source_line, 'target ' || target_pct || ' outside 0–100'
FROM raw_targets WHERE target_pct < 0 OR target_pct > 100
