-- Grain: as view weak_criteria, stored as a table: the experiment of computing the analytics once after an ingest.
CREATE OR REPLACE TABLE weak_criteria_stored AS SELECT * FROM weak_criteria
