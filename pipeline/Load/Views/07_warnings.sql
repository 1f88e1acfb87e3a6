-- Grain: one row per warning about a loaded document.
CREATE OR REPLACE VIEW warnings AS
SELECT source_file, line, message, text
FROM raw_findings
WHERE NOT rejected
