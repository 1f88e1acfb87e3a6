-- Grain: removes every raw_tasks row of one document ($1 = source_file).
DELETE FROM raw_tasks WHERE source_file = $1
