-- Grain: the name of a loaded document whose content has SHA-256 $1 under another name than $2, or no row.
SELECT source_file FROM raw_documents WHERE sha256 = $1 AND source_file <> $2 ORDER BY source_file LIMIT 1
