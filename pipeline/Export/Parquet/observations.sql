-- Grain: one row per figure as stated (or derived) in one document; written under the bound folder $1 as Parquet, one folder per year and province (hive style).
COPY (SELECT * FROM observations) TO $1 (FORMAT PARQUET, PARTITION_BY (year, province), OVERWRITE)
