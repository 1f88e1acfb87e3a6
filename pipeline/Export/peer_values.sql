-- Grain: one row per peer unit (the unit itself included), criterion and year (up to $3) with a value, index $4.
-- Peers: units of the same kind in province $2, or every province when unit $1 is a province.
WITH me AS (
    SELECT DISTINCT unit_kind FROM gaps WHERE unit = $1 AND province IS NOT DISTINCT FROM $2 AND index_code = $4
    UNION
    SELECT DISTINCT unit_kind FROM rank_movements WHERE unit = $1 AND province IS NOT DISTINCT FROM $2 AND index_code = $4
)
SELECT g.unit, g.criterion, g.year, g.value_pct, g.source_file
FROM gaps g
JOIN me ON g.unit_kind = me.unit_kind
WHERE g.index_code = $4 AND g.year <= $3
  AND (me.unit_kind = 'province' OR g.province IS NOT DISTINCT FROM $2)
ORDER BY g.unit, g.criterion, g.year
