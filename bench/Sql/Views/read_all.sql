-- Grain: every row and column of the table or view named by $1, read through the binding as a page would.
SELECT * FROM query_table($1)
