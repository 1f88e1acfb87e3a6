-- Grain: one row: the number of rows of the experiment's query {query} (an embedded file, not user text).
SELECT count(*) FROM ({query})
