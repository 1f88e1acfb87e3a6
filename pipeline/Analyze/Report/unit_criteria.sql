-- Grain: one row per index and criterion of one unit ($1) in one province ($2) and year ($3).
WITH unit_rows AS (
    SELECT * FROM resolved
    WHERE unit = $1 AND province IS NOT DISTINCT FROM $2 AND year = $3
),
peers AS (
    SELECT * FROM peer_comparison WHERE peer_group IN ('province_departments', 'provinces')
)
SELECT r.index_code, r.criterion, coalesce(c.name_vi, r.criterion) AS criterion_vi,
       r.value_pct, t.prev_year, t.prev_value_pct, t.change_pp, t.series_break, t.break_note,
       r.rank, r.rank_of, m.prev_rank, m.effective_movement AS movement, m.stated_movement, m.agrees,
       g.gap_to_90, g.target_pct, g.gap_to_target, g.meets_90, g.meets_target,
       p.peer_avg, p.peer_best, p.peer_worst, p.peer_n, p.rank_in_peers,
       r.has_conflict, r.source_file, r.source_line, r.source_text
FROM unit_rows r
LEFT JOIN criteria c ON c.key = r.criterion
LEFT JOIN trends t ON t.unit = r.unit AND t.unit_kind = r.unit_kind AND t.province IS NOT DISTINCT FROM r.province
      AND t.index_code = r.index_code AND t.criterion = r.criterion AND t.year = r.year
LEFT JOIN rank_movements m ON m.unit = r.unit AND m.unit_kind = r.unit_kind AND m.province IS NOT DISTINCT FROM r.province
      AND m.index_code = r.index_code AND m.criterion = r.criterion AND m.year = r.year
LEFT JOIN gaps g ON g.unit = r.unit AND g.unit_kind = r.unit_kind AND g.province IS NOT DISTINCT FROM r.province
      AND g.index_code = r.index_code AND g.criterion = r.criterion AND g.year = r.year
LEFT JOIN peers p ON p.unit = r.unit AND p.unit_kind = r.unit_kind AND p.province IS NOT DISTINCT FROM r.province
      AND p.index_code = r.index_code AND p.criterion = r.criterion AND p.year = r.year
ORDER BY r.index_code DESC, coalesce(c.sort_order, 99), r.criterion
