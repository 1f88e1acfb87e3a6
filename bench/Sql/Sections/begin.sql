-- Grain: none; opens the transaction of one document, as DuckDbConnection.Transaction does.
BEGIN TRANSACTION
