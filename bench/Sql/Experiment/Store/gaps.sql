-- Grain: as view gaps, stored as a table: the experiment of computing the analytics once after an ingest.
CREATE OR REPLACE TABLE gaps_stored AS SELECT * FROM gaps
