-- Grain: one row: the number of rows of the table or view named by $1 (query_table binds the name as a value).
SELECT count(*) AS n FROM query_table($1)
