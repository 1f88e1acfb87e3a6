-- Grain: one row per unit, province, index, criterion and year with a resolved value.
-- The public view: gaps_live as stored after the last ingest (data_version tells which change it reflects).
CREATE OR REPLACE VIEW gaps AS SELECT * FROM gaps_store
