-- Grain: one row per loaded document: its name and SHA-256, read once at the start of the prototype ingest.
SELECT source_file, sha256 FROM raw_documents
