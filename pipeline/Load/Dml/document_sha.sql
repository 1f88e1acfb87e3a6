-- Grain: the SHA-256 of one loaded document ($1 = source_file), or no row.
SELECT sha256 FROM raw_documents WHERE source_file = $1
