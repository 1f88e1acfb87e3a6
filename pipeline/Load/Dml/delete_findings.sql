-- Grain: removes every finding (warnings and rejections) of one document ($1 = source_file).
DELETE FROM raw_findings WHERE source_file = $1
