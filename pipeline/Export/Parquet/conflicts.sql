-- Grain: one row per unit, province, year, index and criterion stated with different values; written under the bound folder $1 as Parquet, one folder per year and province (hive style).
COPY (SELECT * FROM conflicts) TO $1 (FORMAT PARQUET, PARTITION_BY (year, province), OVERWRITE)
