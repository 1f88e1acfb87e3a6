-- Grain: as view {relation}; it now reads the stored table, so the views built on it read stored rows too.
CREATE OR REPLACE VIEW {relation} AS SELECT * FROM {relation}_materialized
