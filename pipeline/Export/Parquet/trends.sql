-- Grain: one row per unit, index, criterion and year with last year's value; written under the bound folder $1 as Parquet, one folder per year and province (hive style).
COPY (SELECT * FROM trends) TO $1 (FORMAT PARQUET, PARTITION_BY (year, province), OVERWRITE)
