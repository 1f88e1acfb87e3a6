-- Grain: one row per plan task, partitioned by its plan year (column year = plan_year); written under the bound folder $1 as Parquet, one folder per year and province (hive style).
COPY (SELECT *, plan_year AS year FROM tasks) TO $1 (FORMAT PARQUET, PARTITION_BY (year, province), OVERWRITE)
