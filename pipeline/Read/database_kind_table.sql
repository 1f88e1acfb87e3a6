-- grain: one row: whether the database has the database_kind table (a database made before it, opened read-only, has not)
SELECT count(*) > 0 AS present FROM duckdb_tables() WHERE table_name = 'database_kind' AND schema_name = 'main'
