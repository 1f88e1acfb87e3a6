-- Grain: one row per weak criterion of one unit ($1) in one province ($2) and year ($3), most severe first.
SELECT w.index_code, w.criterion, coalesce(c.name_vi, w.criterion) AS criterion_vi, w.value_pct, w.gap_to_90,
       w.change_pp, w.movement, w.reasons, w.severity, w.source_file, w.source_line
FROM weak_criteria w
LEFT JOIN criteria c ON c.key = w.criterion
WHERE w.unit = $1 AND w.province IS NOT DISTINCT FROM $2 AND w.year = $3
ORDER BY w.severity DESC, coalesce(c.sort_order, 99)
