-- Grain: one row: the data's generation, the generation and definition the stored analytics were built from.
SELECT v.generation, v.analytics_generation, v.analytics_sql,
       EXISTS (SELECT 1 FROM duckdb_tables() WHERE table_name = 'resolved_store' AND schema_name = current_schema()) AS stored
FROM data_version v
