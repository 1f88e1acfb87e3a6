-- Grain: removes the kept versions of one document with one SHA-256 ($1 = source_file, $2 = sha256): it is loaded again.
DELETE FROM raw_document_versions WHERE source_file = $1 AND sha256 = $2
