-- Grain: one row per CSV row: DuckDB's own loader, the reference the ingest is compared with.
CREATE TABLE raw_observations AS SELECT * FROM read_csv($1)
