-- Grain: one row per unit, province, index, criterion and year with a resolved value.
-- The public view: trends_live as stored after the last ingest (data_version tells which change it reflects).
CREATE OR REPLACE VIEW trends AS SELECT * FROM trends_store
