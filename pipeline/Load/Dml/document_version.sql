-- Grain: the path of one kept earlier version ($1 = source_file, $2 = sha256), or no row.
SELECT path FROM raw_document_versions WHERE source_file = $1 AND sha256 = $2 ORDER BY superseded_at DESC LIMIT 1
