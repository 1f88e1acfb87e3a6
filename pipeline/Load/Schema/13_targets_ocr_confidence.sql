-- Grain: unchanged (one row per target); brings a database made before PDF and OCR input up to the current columns.
ALTER TABLE raw_targets ADD COLUMN IF NOT EXISTS ocr_confidence DECIMAL(5,2)
