-- Grain: one row per unit, province, index, criterion, year and peer group with a resolved value. Peer groups:
-- The public view: peer_comparison_live as stored after the last ingest (data_version tells which change it reflects).
CREATE OR REPLACE VIEW peer_comparison AS SELECT * FROM peer_comparison_store
