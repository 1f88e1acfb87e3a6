-- Grain: as view resolved, stored as a table: the experiment of computing the analytics once after an ingest.
CREATE OR REPLACE TABLE resolved_stored AS SELECT * FROM resolved
