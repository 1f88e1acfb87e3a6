-- Grain: one row per unit, province, year, index and criterion for which documents state different values.
CREATE OR REPLACE VIEW conflicts AS
WITH valued AS (
    SELECT * FROM raw_observations WHERE value_pct IS NOT NULL
),
grouped AS (
    SELECT unit, province, year, index_code, criterion,
           list(DISTINCT value_pct ORDER BY value_pct)     AS value_pcts,
           list(DISTINCT source_file ORDER BY source_file) AS source_files,
           list(struct_pack(value_pct := value_pct, source_file := source_file, source_line := source_line,
                            source_text := source_text, origin := origin, is_derived := is_derived)
                ORDER BY source_file, source_line)          AS alternatives
    FROM valued
    GROUP BY unit, province, year, index_code, criterion
)
SELECT * FROM grouped WHERE len(value_pcts) > 1
