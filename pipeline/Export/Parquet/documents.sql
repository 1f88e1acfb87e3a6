-- Grain: one row per loaded document; written under the bound folder $1 as Parquet, one folder per year and province (hive style).
COPY (SELECT * FROM documents) TO $1 (FORMAT PARQUET, PARTITION_BY (year, province), OVERWRITE)
