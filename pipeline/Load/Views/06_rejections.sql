-- Grain: one row per error that kept a document out of the database (the document's last failed attempt).
CREATE OR REPLACE VIEW rejections AS
SELECT source_file, sha256, line, message, text, path, recorded_at
FROM raw_findings
WHERE rejected
