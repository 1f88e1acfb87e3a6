-- Grain: none; commits the transaction of one document, as DuckDbConnection.Transaction does.
COMMIT
