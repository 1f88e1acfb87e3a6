-- Grain: one row per source file loaded more than once (must be none).
SELECT source_file AS key, 'document loaded ' || count(*) || ' times' AS problem
FROM raw_documents
GROUP BY source_file
HAVING count(*) > 1
