-- Grain: one row per index and criterion of one unit ($1) in one province ($2) and year ($3).
SELECT s.index_code, s.criterion, coalesce(c.name_vi, s.criterion) AS criterion_vi,
       s.value_pct, s.prev_year, s.prev_value_pct, s.change_pp, s.series_break, s.break_note,
       s.rank, s.rank_of, s.prev_rank, s.movement, s.stated_movement, s.agrees,
       s.gap_to_90, s.target_pct, s.gap_to_target, s.meets_90, s.meets_target,
       s.peer_avg, s.peer_best, s.peer_worst, s.peer_n, s.rank_in_peers,
       s.has_conflict, s.source_file, s.source_line, s.source_text
FROM criterion_status s
LEFT JOIN criteria c ON c.key = s.criterion
WHERE s.unit = $1 AND s.province IS NOT DISTINCT FROM $2 AND s.year = $3
ORDER BY s.index_code DESC, coalesce(c.sort_order, 99), s.criterion
