-- Grain: as view peer_comparison; it now reads its stored table, so the views built on it read stored rows too.
CREATE OR REPLACE VIEW peer_comparison AS SELECT * FROM peer_comparison_stored
