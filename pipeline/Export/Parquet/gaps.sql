-- Grain: one row per unit, index, criterion and year with its gaps to 90% and to the target; written under the bound folder $1 as Parquet, one folder per year and province (hive style).
COPY (SELECT * FROM gaps) TO $1 (FORMAT PARQUET, PARTITION_BY (year, province), OVERWRITE)
