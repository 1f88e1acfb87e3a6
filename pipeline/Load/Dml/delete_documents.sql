-- Grain: removes every raw_documents row of one document ($1 = source_file).
DELETE FROM raw_documents WHERE source_file = $1
