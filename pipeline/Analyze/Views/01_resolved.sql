-- Grain: one row per unit, province, year, index and criterion: the value and the rank to use, each from its best source.
-- The public view: resolved_live as stored after the last ingest (data_version tells which change it reflects).
CREATE OR REPLACE VIEW resolved AS SELECT * FROM resolved_store
