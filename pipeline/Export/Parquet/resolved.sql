-- Grain: one row per unit, province, year, index and criterion: the value and rank to use; written under the bound folder $1 as Parquet, one folder per year and province (hive style).
COPY (SELECT * FROM resolved) TO $1 (FORMAT PARQUET, PARTITION_BY (year, province), OVERWRITE)
