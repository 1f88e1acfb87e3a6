-- Grain: one row per unit series and reorganisation it passes through (the unit itself merged, or its province merged).
-- first_year is the first survey year measuring the new unit; comparing across it needs a visible break.
CREATE OR REPLACE VIEW unit_breaks AS
WITH series AS (
    SELECT DISTINCT unit, unit_kind, province FROM raw_observations
)
SELECT s.unit, s.unit_kind, s.province, year(l.effective) AS first_year,
       string_agg(DISTINCT l.new_unit || ' (từ ' || strftime(l.effective, '%d/%m/%Y') || ') = ' || l.merged_from, '; '
                  ORDER BY l.new_unit || ' (từ ' || strftime(l.effective, '%d/%m/%Y') || ') = ' || l.merged_from) AS note
FROM series s
JOIN unit_lineage l
  ON (l.new_unit = s.unit AND l.unit_kind = s.unit_kind AND (l.province IS NULL OR l.province = s.province))
  OR (l.unit_kind = 'province' AND s.unit_kind <> 'province' AND l.new_unit = s.province)
GROUP BY s.unit, s.unit_kind, s.province, year(l.effective)
