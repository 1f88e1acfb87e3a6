-- Grain: one row per file path a loaded document or a kept earlier version is read from (what an uploads folder must keep).
SELECT path FROM raw_documents
UNION
SELECT path FROM raw_document_versions
