-- Grain: one row per figure one document states ($1 = source_file; figures derived from a stated change left out)
-- and one per target level it sets, as loaded.
WITH stated AS (
    SELECT 'obs' AS type, source_line, unit, unit_kind, province, year, index_code, criterion, value_pct AS value,
           rank, rank_of, rank_change, source_text
    FROM observations
    WHERE source_file = $1 AND NOT is_derived
),
targets_set AS (
    SELECT 'target' AS type, source_line, unit, unit_kind, province, year, index_code, criterion, target_pct AS value,
           CAST(NULL AS INTEGER) AS rank, CAST(NULL AS INTEGER) AS rank_of, CAST(NULL AS INTEGER) AS rank_change, source_text
    FROM targets
    WHERE source_file = $1
)
SELECT * FROM stated
UNION ALL
SELECT * FROM targets_set
ORDER BY type, source_line
