-- Grain: removes the recorded rejection of one document ($1 = source_file), keeping its loaded version's warnings.
DELETE FROM raw_findings WHERE source_file = $1 AND rejected
