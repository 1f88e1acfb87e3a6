-- Grain: removes every raw_observations row of one document ($1 = source_file).
DELETE FROM raw_observations WHERE source_file = $1
