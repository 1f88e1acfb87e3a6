-- Grain: the one row of data_version: one more document change (inside the change's own transaction).
UPDATE data_version SET generation = generation + 1
