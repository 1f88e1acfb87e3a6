-- Grain: one row per weak criterion of unit $1 (province $2, index $4) in year $3, most severe first.
SELECT criterion, value_pct, gap_to_90, change_pp, movement, reasons, severity, source_file, source_line
FROM weak_criteria
WHERE unit = $1 AND province IS NOT DISTINCT FROM $2 AND index_code = $4 AND year = $3
ORDER BY severity DESC, criterion
