-- Grain: one row per peer unit (the unit itself included) and year (up to $3) with a rank on criterion $5, index $4
-- (rank_is_derived: computed from a stated movement).
-- Peers: units of the same kind in province $2, or every province when unit $1 is a province.
WITH me AS (
    SELECT DISTINCT unit_kind FROM gaps WHERE unit = $1 AND province IS NOT DISTINCT FROM $2 AND index_code = $4
    UNION
    SELECT DISTINCT unit_kind FROM rank_movements WHERE unit = $1 AND province IS NOT DISTINCT FROM $2 AND index_code = $4
)
SELECT r.unit, r.year, r.rank, r.rank_of, r.rank_is_derived, r.source_file
FROM rank_movements r
JOIN me ON r.unit_kind = me.unit_kind
WHERE r.index_code = $4 AND r.criterion = $5 AND r.year <= $3
  AND (me.unit_kind = 'province' OR r.province IS NOT DISTINCT FROM $2)
ORDER BY r.unit, r.year
