-- Grain: one row per figure as stated (or derived from a stated change) in one document.
CREATE OR REPLACE VIEW observations AS
SELECT unit, unit_kind, province, year, index_code, criterion, value_pct, rank, rank_of, rank_change,
       is_derived, source_file, source_line, source_text,
       criterion_as_written, value_change, origin, seq
FROM raw_observations
