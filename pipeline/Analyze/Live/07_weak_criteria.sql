-- Grain: one row per unit, province, index, year and criterion that is weak for at least one reason, by severity.
-- Computed live; the `weak_criteria` view reads its stored copy (weak_criteria_store, rebuilt by every ingest: StoredAnalytics).
-- Weak: below 90 (a satisfaction index; PAR INDEX has no 90% target: its gap_to_90 is NULL); below its target; falling; down two places or more; below the peer average (3+ peers).
-- severity = points below 90 + 2 × points below target + points lost since last year + places lost (when ≥ 2)
--            + 0.5 × points below the peer average. Higher = more urgent.
CREATE OR REPLACE VIEW weak_criteria_live AS
WITH base AS (
    SELECT unit, unit_kind, province, index_code, year, criterion, value_pct, gap_to_90, target_pct, change_pp,
           movement, peer_avg, peer_n, rank, rank_of, source_file, source_line, source_text
    FROM criterion_status
    WHERE unit_kind IN ('department', 'province')
),
flagged AS (
    SELECT *,
           list_filter([
               CASE WHEN gap_to_90 > 0 THEN 'dưới mức 90%' END,
               CASE WHEN value_pct < target_pct THEN 'dưới chỉ tiêu đã đặt' END,
               CASE WHEN change_pp < 0 THEN 'giảm so với năm trước' END,
               CASE WHEN movement <= -2 THEN 'tụt ' || CAST(-movement AS VARCHAR) || ' bậc' END,
               CASE WHEN peer_n >= 3 AND value_pct < peer_avg THEN 'thấp hơn trung bình cùng nhóm' END
           ], x -> x IS NOT NULL) AS reasons,
           round(greatest(coalesce(gap_to_90, 0), 0)
               + 2 * greatest(coalesce(target_pct - value_pct, 0), 0)
               + greatest(coalesce(-change_pp, 0), 0)
               + CASE WHEN movement <= -2 THEN -movement ELSE 0 END
               + 0.5 * CASE WHEN peer_n >= 3 THEN greatest(coalesce(peer_avg - value_pct, 0), 0) ELSE 0 END, 2) AS severity
    FROM base
)
SELECT unit, unit_kind, province, index_code, year, criterion, value_pct, gap_to_90, change_pp, movement,
       reasons, CAST(severity AS DOUBLE) AS severity, target_pct, peer_avg, rank, rank_of,
       source_file, source_line, source_text
FROM flagged
WHERE len(reasons) > 0
ORDER BY severity DESC, unit, criterion
