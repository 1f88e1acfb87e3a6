-- Grain: one row per file whose last attempt was refused.
SELECT DISTINCT source_file FROM rejections
