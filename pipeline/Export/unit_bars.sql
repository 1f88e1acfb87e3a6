-- Grain: one row per criterion of unit $1 (province $2, index $4): every criterion the unit has a figure for in any
-- year, or its peers (same kind; same province unless the unit is a province) have in year $3, with the unit's value
-- and target in year $3 when it has them (else NULL: drawn as missing), and whether that value was derived from a
-- stated change (trends.value_is_derived).
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
    SELECT p.*, t.value_is_derived
    FROM peers p
    LEFT JOIN trends t
           ON t.unit = p.unit AND t.unit_kind = p.unit_kind AND t.province IS NOT DISTINCT FROM p.province
          AND t.index_code = p.index_code AND t.criterion = p.criterion AND t.year = p.year
    WHERE p.unit = $1 AND p.province IS NOT DISTINCT FROM $2 AND p.year = $3
)
SELECT w.criterion, m.value_pct, m.target_pct, m.source_file, m.target_source_file,
       coalesce(m.value_is_derived, false) AS value_is_derived
FROM wanted w
LEFT JOIN mine m USING (criterion)
ORDER BY w.criterion
