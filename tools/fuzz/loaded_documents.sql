-- Grain: one row per loaded document: its name and the SHA-256 of the version loaded.
SELECT source_file, sha256 FROM documents
