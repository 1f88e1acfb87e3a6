-- Grain: one row: the data's generation, the generation and definition the stored analytics were built from, and
-- which stored copies exist (names ending in _store).
SELECT v.generation, v.analytics_generation, v.analytics_sql,
       (SELECT list(table_name ORDER BY table_name) FROM duckdb_tables()
        WHERE schema_name = current_schema() AND suffix(table_name, '_store')) AS stored
FROM data_version v
