-- Grain: one row per unit, province, index, criterion and year with a resolved value.
-- Computed live; the `gaps` view reads its stored copy (gaps_store, rebuilt by every ingest: StoredAnalytics).
-- gap_to_90 = 90 - value_pct (positive = below), for a satisfaction index only: PAR INDEX is a reform index with no 90%
-- target, its gap_to_90 and meets_90 are NULL. The target is the unit's own plan target for that year, else the
-- level assigned by the province; the later document wins.
CREATE OR REPLACE VIEW gaps_live AS
WITH valued AS (
    SELECT * FROM resolved WHERE value_pct IS NOT NULL
),
target_pick AS (
    SELECT t.*
    FROM raw_targets t
    JOIN raw_documents d USING (source_file)
    QUALIFY row_number() OVER (PARTITION BY t.unit, t.unit_kind, t.province, t.year, t.index_code, t.criterion
                               ORDER BY CASE t.set_by WHEN 'plan' THEN 1 ELSE 2 END,
                                        coalesce(d.issued_on, make_date(coalesce(d.year, 1900), 12, 31)) DESC,
                                        t.source_file, t.source_line, t.seq) = 1
)
SELECT v.unit, v.unit_kind, v.province, v.index_code, v.criterion, v.year, v.value_pct,
       CASE WHEN v.index_code <> 'PAR_INDEX' THEN 90 - v.value_pct END AS gap_to_90,
       t.target_pct,
       t.target_pct - v.value_pct AS gap_to_target,
       CASE WHEN v.index_code <> 'PAR_INDEX' THEN v.value_pct >= 90 END AS meets_90,
       CASE WHEN t.target_pct IS NOT NULL THEN v.value_pct >= t.target_pct END AS meets_target,
       t.set_by AS target_set_by, t.source_file AS target_source_file, t.source_line AS target_source_line,
       t.source_text AS target_source_text,
       v.source_file, v.source_line, v.source_text
FROM valued v
LEFT JOIN target_pick t
       ON t.unit = v.unit AND t.unit_kind = v.unit_kind AND t.province IS NOT DISTINCT FROM v.province
      AND t.year = v.year AND t.index_code = v.index_code AND t.criterion = v.criterion
