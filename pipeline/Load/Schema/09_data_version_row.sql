-- Grain: the one row of data_version, added once.
INSERT INTO data_version (generation) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM data_version)
