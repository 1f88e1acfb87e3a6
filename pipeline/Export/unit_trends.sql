-- Grain: one row per criterion and year (up to $3) in which unit $1 (province $2, index $4) has a value.
SELECT criterion, year, value_pct, coalesce(value_is_derived, false) AS value_is_derived, source_file
FROM trends
WHERE unit = $1 AND province IS NOT DISTINCT FROM $2 AND index_code = $4 AND year <= $3
ORDER BY criterion, year
