-- Grain: one row per criterion of unit $1 (province $2, index $4): every criterion the unit has a figure for in any
-- year, or its peers (same kind; same province unless the unit is a province) have in year $3, with the unit's value
-- and target in year $3 when it has them (else NULL: drawn as missing).
WITH me AS (
    SELECT DISTINCT unit_kind FROM gaps WHERE unit = $1 AND province IS NOT DISTINCT FROM $2 AND index_code = $4
    UNION
    SELECT DISTINCT unit_kind FROM rank_movements WHERE unit = $1 AND province IS NOT DISTINCT FROM $2 AND index_code = $4
),
peers AS (
    SELECT g.* FROM gaps g JOIN me ON g.unit_kind = me.unit_kind
    WHERE g.index_code = $4 AND (me.unit_kind = 'province' OR g.province IS NOT DISTINCT FROM $2)
),
wanted AS (
    SELECT criterion FROM peers WHERE year = $3 OR (unit = $1 AND province IS NOT DISTINCT FROM $2)
    UNION
    SELECT criterion FROM rank_movements
    WHERE unit = $1 AND province IS NOT DISTINCT FROM $2 AND index_code = $4 AND year = $3
),
mine AS (
    SELECT * FROM peers WHERE unit = $1 AND province IS NOT DISTINCT FROM $2 AND year = $3
)
SELECT w.criterion, m.value_pct, m.target_pct, m.source_file, m.target_source_file
FROM wanted w
LEFT JOIN mine m USING (criterion)
ORDER BY w.criterion
