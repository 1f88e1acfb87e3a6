-- Grain: one row per unit, index, criterion and year with its rank movement; written under the bound folder $1 as Parquet, one folder per year and province (hive style).
COPY (SELECT * FROM rank_movements) TO $1 (FORMAT PARQUET, PARTITION_BY (year, province), OVERWRITE)
