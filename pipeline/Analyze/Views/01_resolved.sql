-- Grain: one row per unit, province, year, index and criterion: the value and the rank to use, each from its best source.
-- The stored copy of resolved_live (Analyze/Live), rebuilt by every ingest; data_version says which change it reflects.
CREATE OR REPLACE VIEW resolved AS SELECT * FROM resolved_store
