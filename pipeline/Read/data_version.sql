-- grain: one row: the version of the data this snapshot sees (document changes, and the change the analytics reflect).
SELECT generation, analytics_generation FROM data_version
