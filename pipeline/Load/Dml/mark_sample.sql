-- Grain: the one row of database_kind, set to 'sample' when the database has none.
INSERT INTO database_kind (kind) SELECT 'sample' WHERE NOT EXISTS (SELECT 1 FROM database_kind)
