-- Grain: one row per unit, province, index, year and criterion that is weak for at least one reason, by severity.
-- Weak: below 90; below its target; falling; down two places or more; below the peer average (3+ peers).
-- severity = points below 90 + 2 × points below target + points lost since last year + places lost (when ≥ 2)
--            + 0.5 × points below the peer average. Higher = more urgent.
CREATE OR REPLACE VIEW weak_criteria AS
WITH base AS (
    SELECT r.unit, r.unit_kind, r.province, r.index_code, r.year, r.criterion, r.value_pct,
           90 - r.value_pct AS gap_to_90, g.target_pct, t.change_pp, m.effective_movement AS movement,
           p.peer_avg, p.peer_n, r.rank, r.rank_of,
           r.source_file, r.source_line, r.source_text
    FROM resolved r
    LEFT JOIN gaps g ON g.unit = r.unit AND g.unit_kind = r.unit_kind AND g.province IS NOT DISTINCT FROM r.province
          AND g.index_code = r.index_code AND g.criterion = r.criterion AND g.year = r.year
    LEFT JOIN trends t ON t.unit = r.unit AND t.unit_kind = r.unit_kind AND t.province IS NOT DISTINCT FROM r.province
          AND t.index_code = r.index_code AND t.criterion = r.criterion AND t.year = r.year
    LEFT JOIN rank_movements m ON m.unit = r.unit AND m.unit_kind = r.unit_kind AND m.province IS NOT DISTINCT FROM r.province
          AND m.index_code = r.index_code AND m.criterion = r.criterion AND m.year = r.year
    LEFT JOIN peer_comparison p ON p.unit = r.unit AND p.unit_kind = r.unit_kind AND p.province IS NOT DISTINCT FROM r.province
          AND p.index_code = r.index_code AND p.criterion = r.criterion AND p.year = r.year
          AND p.peer_group IN ('province_departments', 'provinces')
    WHERE r.unit_kind IN ('department', 'province')
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
