-- Grain: one row per target level; written under the bound folder $1 as Parquet, one folder per year and province (hive style).
COPY (SELECT * FROM targets) TO $1 (FORMAT PARQUET, PARTITION_BY (year, province), OVERWRITE)
