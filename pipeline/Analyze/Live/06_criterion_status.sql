-- Grain: one row per resolved unit, province, year, index and criterion, with everything known about it: value and
-- Computed live; the `criterion_status` view reads its stored copy (criterion_status_store, rebuilt by every ingest: StoredAnalytics).
-- change, rank and movement (movement = the computed one, else the stated one), gaps to 90 and to target, and its place
-- among its peers (the departments of its province, or the provinces of the country); last, where the rank and the
-- target were read and whether the rank was derived (so no reader joins rank_movements or gaps again).
CREATE OR REPLACE VIEW criterion_status_live AS
WITH peers AS (
    SELECT * FROM peer_comparison WHERE peer_group IN ('province_departments', 'provinces')
)
SELECT r.unit, r.unit_kind, r.province, r.index_code, r.criterion, r.year,
       r.value_pct, r.value_is_derived, t.prev_year, t.prev_value_pct, t.change_pp,
       coalesce(t.series_break, false) OR coalesce(m.series_break, false) AS series_break,
       coalesce(t.break_note, m.break_note) AS break_note,
       r.rank, r.rank_of, m.prev_rank, m.effective_movement AS movement, m.movement AS computed_movement,
       m.stated_movement, m.agrees,
       g.gap_to_90, g.target_pct, g.gap_to_target, g.meets_90, g.meets_target, g.target_set_by,
       p.peer_avg, p.peer_best, p.peer_worst, p.peer_n, p.rank_in_peers, p.peer_group,
       r.has_conflict, r.source_file, r.source_line, r.source_text,
       coalesce(r.rank_is_derived, false) AS rank_is_derived,
       r.rank_source_file, r.rank_source_line, r.rank_source_text,
       g.target_source_file, g.target_source_line, g.target_source_text
FROM resolved r
LEFT JOIN trends t ON t.unit = r.unit AND t.unit_kind = r.unit_kind AND t.province IS NOT DISTINCT FROM r.province
      AND t.index_code = r.index_code AND t.criterion = r.criterion AND t.year = r.year
LEFT JOIN rank_movements m ON m.unit = r.unit AND m.unit_kind = r.unit_kind AND m.province IS NOT DISTINCT FROM r.province
      AND m.index_code = r.index_code AND m.criterion = r.criterion AND m.year = r.year
LEFT JOIN gaps g ON g.unit = r.unit AND g.unit_kind = r.unit_kind AND g.province IS NOT DISTINCT FROM r.province
      AND g.index_code = r.index_code AND g.criterion = r.criterion AND g.year = r.year
LEFT JOIN peers p ON p.unit = r.unit AND p.unit_kind = r.unit_kind AND p.province IS NOT DISTINCT FROM r.province
      AND p.index_code = r.index_code AND p.criterion = r.criterion AND p.year = r.year
