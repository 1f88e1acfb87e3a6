-- Grain: as view peer_comparison, stored as a table: the experiment of computing the analytics once after an ingest.
CREATE OR REPLACE TABLE peer_comparison_stored AS SELECT * FROM peer_comparison
