-- Grain: one row per figure, target or task whose criterion is not a canonical key.
SELECT source_file || ':' || source_line AS key, 'unknown criterion ' || criterion AS problem
FROM raw_observations WHERE criterion NOT IN (SELECT key FROM criteria)
UNION ALL
SELECT source_file || ':' || source_line, 'unknown criterion ' || criterion
FROM raw_targets WHERE criterion NOT IN (SELECT key FROM criteria)
UNION ALL
SELECT source_file || ':' || source_line, 'unknown criterion ' || c
FROM (SELECT source_file, source_line, unnest(criteria) AS c FROM tasks)
WHERE c NOT IN (SELECT key FROM criteria)
