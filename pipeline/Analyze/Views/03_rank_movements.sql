-- Grain: one row per unit, province, index, criterion and year with a resolved rank.
-- The public view: rank_movements_live as stored after the last ingest (data_version tells which change it reflects).
CREATE OR REPLACE VIEW rank_movements AS SELECT * FROM rank_movements_store
