-- Grain: one row per rank outside 1..rank_of.
SELECT source_file || ':' || source_line AS key, 'rank ' || rank || ' not within 1..' || coalesce(CAST(rank_of AS VARCHAR), '?') AS problem
FROM raw_observations
WHERE rank IS NOT NULL AND (rank < 1 OR rank > rank_of)
