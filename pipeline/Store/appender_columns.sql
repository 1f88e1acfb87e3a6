-- grain: one row per column of the table an appender writes ($1 table, $2 schema or NULL for the current one), in order
select data_type
from duckdb_columns()
where database_name = current_database()
  and schema_name = coalesce($2, current_schema())
  and table_name = $1
order by column_index
