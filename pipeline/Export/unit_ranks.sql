-- Grain: one row per criterion and year (up to $3) in which unit $1 (province $2, index $4) has a rank
-- (stated, or derived from a stated movement: the next year's row says so in prev_rank_is_derived).
SELECT r.criterion, r.year, r.rank, r.rank_of, coalesce(n.prev_rank_is_derived, false) AS rank_is_derived, r.source_file
FROM rank_movements r
LEFT JOIN rank_movements n
       ON n.unit = r.unit AND n.unit_kind = r.unit_kind AND n.province IS NOT DISTINCT FROM r.province
      AND n.index_code = r.index_code AND n.criterion = r.criterion AND n.year = r.year + 1
WHERE r.unit = $1 AND r.province IS NOT DISTINCT FROM $2 AND r.index_code = $4 AND r.year <= $3
ORDER BY r.criterion, r.year
