-- grain: one row: whether a table or view named $1 exists in the main schema
select count(*) > 0 as present
from information_schema.tables
where table_schema = 'main' and table_name = $1::VARCHAR
