-- Grain: one loaded document.
INSERT INTO raw_documents (source_file, sha256, kind, issuer, province, year, number, issued_on, format, bytes, path, reader)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
