-- Grain: as view rank_movements, stored as a table: the experiment of computing the analytics once after an ingest.
CREATE OR REPLACE TABLE rank_movements_stored AS SELECT * FROM rank_movements
