-- Grain: the rows of view {relation} (a name from ViewsExperiment's fixed list), stored as a table: the experiment of
-- computing the analytics once after an ingest instead of at every query.
CREATE OR REPLACE TABLE {relation}_materialized AS SELECT * FROM {relation}
