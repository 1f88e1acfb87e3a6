-- Grain: unchanged (one row per figure); brings a database made before source notes were kept up to the current columns.
-- source_note: what the source itself remarks on the row (a results table's `notes` or 'Ghi chú'), verbatim.
ALTER TABLE raw_observations ADD COLUMN IF NOT EXISTS source_note VARCHAR
