-- Grain: one row: whether the database holds the product's tables (a run killed before creating them leaves none).
SELECT count(*) > 0 FROM duckdb_tables() WHERE table_name = 'raw_documents'
