-- Grain: one row per loaded document.
CREATE OR REPLACE VIEW documents AS
SELECT source_file, sha256, kind, issuer, province, year, number, issued_on, format, bytes, path, loaded_at
FROM raw_documents
