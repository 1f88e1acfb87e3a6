-- Grain: one row per target level set by a plan or assigned by the province, as stated in one document.
-- source_page, ocr_confidence: as in observations (NULL when not known / not read by OCR).
CREATE OR REPLACE VIEW targets AS
SELECT unit, unit_kind, province, year, index_code, criterion, target_pct, source_file, source_line, source_text,
       set_by, basis, seq, source_page, ocr_confidence
FROM raw_targets
