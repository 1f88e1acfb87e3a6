-- grain: one row for the open database: the DuckDB engine version and the database (catalog) name
select
    version() as duckdb_version,
    current_database() as database_name
