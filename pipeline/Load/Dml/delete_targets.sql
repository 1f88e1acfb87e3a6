-- Grain: removes every raw_targets row of one document ($1 = source_file).
DELETE FROM raw_targets WHERE source_file = $1
