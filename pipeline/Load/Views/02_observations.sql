-- Grain: one row per figure as stated (or derived from a stated change) in one document.
-- source_page: the page of a PDF or picture the statement stands on; ocr_confidence: for text read by OCR, the lowest
-- confidence (0-100) of the statement's lines (NULL for text that was not read by OCR); source_note: the source's own
-- remark on the row, verbatim (NULL when none).
CREATE OR REPLACE VIEW observations AS
SELECT unit, unit_kind, province, year, index_code, criterion, value_pct, rank, rank_of, rank_change,
       is_derived, source_file, source_line, source_text,
       criterion_as_written, value_change, origin, seq, source_page, ocr_confidence, source_note
FROM raw_observations
