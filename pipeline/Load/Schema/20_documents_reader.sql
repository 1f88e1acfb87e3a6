-- Grain: unchanged (one row per loaded document); brings a database made before the readers' version was stored up to
-- the current columns. reader: DocumentReader.Version when the document was read (NULL: before; read again on the next
-- ingest).
ALTER TABLE raw_documents ADD COLUMN IF NOT EXISTS reader VARCHAR
