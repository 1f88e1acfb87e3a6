-- Grain: one row per target level set by a plan or assigned by the province, as stated in one document.
CREATE OR REPLACE VIEW targets AS
SELECT unit, unit_kind, province, year, index_code, criterion, target_pct, source_file, source_line, source_text,
       set_by, basis, seq
FROM raw_targets
