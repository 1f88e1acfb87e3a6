-- Grain: one row per criterion and year (up to $3) in which unit $1 (province $2, index $4) has a rank
-- (stated, or derived from a stated movement: rank_is_derived).
SELECT r.criterion, r.year, r.rank, r.rank_of, r.rank_is_derived, r.source_file
FROM rank_movements r
WHERE r.unit = $1 AND r.province IS NOT DISTINCT FROM $2 AND r.index_code = $4 AND r.year <= $3
ORDER BY r.criterion, r.year
