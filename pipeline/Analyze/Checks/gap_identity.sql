-- Grain: one row per gap that is not 90 - value (and target - value).
SELECT concat_ws(' | ', unit, province, year, index_code, criterion) AS key, 'gap identity broken' AS problem
FROM gaps
WHERE gap_to_90 <> 90 - value_pct OR gap_to_target IS DISTINCT FROM target_pct - value_pct
