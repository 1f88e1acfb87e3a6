-- Grain: one row per criterion of unit $1 (province $2, index $4) in year $3 with its peer group's average, best and size
-- (the departments of its province, or all provinces).
SELECT criterion, value_pct, peer_avg, peer_best, peer_n, source_file
FROM peer_comparison
WHERE unit = $1 AND province IS NOT DISTINCT FROM $2 AND index_code = $4 AND year = $3
  AND peer_group IN ('province_departments', 'provinces')
ORDER BY criterion
