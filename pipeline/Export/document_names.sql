-- Grain: one row per loaded document: what a chart's footnote names it by (kind, number, issuer, date), not its file name.
SELECT source_file, kind, number, issuer, issued_on, year
FROM documents
ORDER BY source_file
