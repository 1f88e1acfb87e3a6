-- Grain: one row per criterion and year (up to $3) in which unit $1 (province $2, index $4) has a rank
-- (stated, or derived from a stated movement).
SELECT criterion, year, rank, rank_of, source_file
FROM rank_movements
WHERE unit = $1 AND province IS NOT DISTINCT FROM $2 AND index_code = $4 AND year <= $3
ORDER BY criterion, year
