-- Grain: one row per weak criterion of a unit and year, with reasons and severity; written under the bound folder $1 as Parquet, one folder per year and province (hive style).
COPY (SELECT * FROM weak_criteria) TO $1 (FORMAT PARQUET, PARTITION_BY (year, province), OVERWRITE)
