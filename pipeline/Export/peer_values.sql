-- Grain: one row per peer unit (the unit itself included), criterion and year (up to $3) with a value, index $4, and
-- whether it was derived from a stated change (trends.value_is_derived).
-- Peers: units of the same kind in province $2, or every province when unit $1 is a province.
WITH me AS (
    SELECT DISTINCT unit_kind FROM gaps WHERE unit = $1 AND province IS NOT DISTINCT FROM $2 AND index_code = $4
    UNION
    SELECT DISTINCT unit_kind FROM rank_movements WHERE unit = $1 AND province IS NOT DISTINCT FROM $2 AND index_code = $4
)
SELECT g.unit, g.criterion, g.year, g.value_pct, coalesce(t.value_is_derived, false) AS value_is_derived, g.source_file
FROM gaps g
JOIN me ON g.unit_kind = me.unit_kind
LEFT JOIN trends t
       ON t.unit = g.unit AND t.unit_kind = g.unit_kind AND t.province IS NOT DISTINCT FROM g.province
      AND t.index_code = g.index_code AND t.criterion = g.criterion AND t.year = g.year
WHERE g.index_code = $4 AND g.year <= $3
  AND (me.unit_kind = 'province' OR g.province IS NOT DISTINCT FROM $2)
ORDER BY g.unit, g.criterion, g.year
