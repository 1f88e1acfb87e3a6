-- Grain: one row per unit, province, index, criterion, year and peer group with a resolved value. Peer groups:
-- The stored copy of peer_comparison_live, ordered so that rows read together sit together.
CREATE OR REPLACE TABLE peer_comparison_store AS
SELECT * FROM peer_comparison_live ORDER BY peer_group, peer_key, index_code, criterion, year, rank_in_peers
