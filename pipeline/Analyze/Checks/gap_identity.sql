-- Grain: one row per gap that is not 90 - value (NULL for PAR INDEX, which has no 90% target) and target - value.
SELECT concat_ws(' | ', unit, province, year, index_code, criterion) AS key, 'gap identity broken' AS problem
FROM gaps
WHERE gap_to_90 IS DISTINCT FROM CASE WHEN index_code <> 'PAR_INDEX' THEN 90 - value_pct END
   OR gap_to_target IS DISTINCT FROM target_pct - value_pct
