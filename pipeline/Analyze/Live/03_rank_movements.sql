-- Grain: one row per unit, province, index, criterion and year with a resolved rank.
-- Computed live; the `rank_movements` view reads its stored copy (rank_movements_store, rebuilt by every ingest: StoredAnalytics).
-- movement = prev_rank - rank (positive = moved up), from consecutive years' ranks. agrees compares it with the
-- stated movement, and is empty when the previous rank was itself derived from that statement. Across a
-- reorganisation (unit_breaks) there is no computed movement, only series_break and its note.
CREATE OR REPLACE VIEW rank_movements_live AS
WITH ranked AS (
    SELECT * FROM resolved WHERE rank IS NOT NULL
),
paired AS (
    SELECT r.*, p.rank AS prev_rank, p.rank_of AS prev_rank_of, p.rank_is_derived AS prev_rank_is_derived,
           CASE WHEN b.note IS NULL THEN p.rank - r.rank END AS movement,
           b.note AS break_note
    FROM ranked r
    LEFT JOIN ranked p
           ON p.unit = r.unit AND p.unit_kind = r.unit_kind AND p.province IS NOT DISTINCT FROM r.province
          AND p.index_code = r.index_code AND p.criterion = r.criterion AND p.year = r.year - 1
    LEFT JOIN unit_breaks b
           ON b.unit = r.unit AND b.unit_kind = r.unit_kind AND b.province IS NOT DISTINCT FROM r.province
          AND b.first_year = r.year
)
SELECT unit, unit_kind, province, index_code, criterion, year, rank, rank_of, prev_rank, movement,
       stated_movement,
       CASE WHEN movement IS NULL OR stated_movement IS NULL OR prev_rank_is_derived THEN NULL
            ELSE movement = stated_movement END AS agrees,
       coalesce(movement, stated_movement) AS effective_movement,
       prev_rank_of, prev_rank_is_derived, rank_is_derived,
       prev_rank_of IS NOT NULL AND prev_rank_of <> rank_of AS rank_of_changed,
       break_note IS NOT NULL AS series_break, break_note,
       rank_source_file AS source_file, rank_source_line AS source_line, rank_source_text AS source_text
FROM paired
