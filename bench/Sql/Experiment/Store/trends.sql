-- Grain: as view trends, stored as a table: the experiment of computing the analytics once after an ingest.
CREATE OR REPLACE TABLE trends_stored AS SELECT * FROM trends
