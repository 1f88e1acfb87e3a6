-- Grain: one row per unit, province, index, criterion and year with a resolved value.
-- Computed live; the `trends` view reads its stored copy (trends_store, rebuilt by every ingest: StoredAnalytics).
-- change_pp is left empty where the unit was reorganised between the two years (series_break, with break_note).
CREATE OR REPLACE VIEW trends_live AS
WITH valued AS (
    SELECT * FROM resolved WHERE value_pct IS NOT NULL
),
with_prev AS (
    SELECT *,
           lag(year)      OVER w AS prev_year,
           lag(value_pct) OVER w AS prev_value_pct
    FROM valued
    WINDOW w AS (PARTITION BY unit, unit_kind, province, index_code, criterion ORDER BY year)
),
breaks AS (
    SELECT p.unit, p.unit_kind, p.province, p.index_code, p.criterion, p.year,
           string_agg(b.note, '; ' ORDER BY b.first_year) AS break_note
    FROM with_prev p
    JOIN unit_breaks b
      ON b.unit = p.unit AND b.unit_kind = p.unit_kind AND b.province IS NOT DISTINCT FROM p.province
     AND b.first_year > p.prev_year AND b.first_year <= p.year
    GROUP BY ALL
)
SELECT p.unit, p.unit_kind, p.province, p.index_code, p.criterion, p.year, p.value_pct,
       p.prev_year, p.prev_value_pct,
       CASE WHEN b.break_note IS NULL THEN p.value_pct - p.prev_value_pct END AS change_pp,
       b.break_note IS NOT NULL AS series_break, b.break_note,
       p.stated_change_pp, p.value_is_derived,
       p.source_file, p.source_line, p.source_text
FROM with_prev p
LEFT JOIN breaks b
       ON b.unit = p.unit AND b.unit_kind = p.unit_kind AND b.province IS NOT DISTINCT FROM p.province
      AND b.index_code = p.index_code AND b.criterion = p.criterion AND b.year = p.year
