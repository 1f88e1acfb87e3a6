-- Grain: one row per unit, province, index, criterion, year and peer group with a resolved value. Peer groups:
-- Computed live; the `peer_comparison` view reads its stored copy (peer_comparison_store, rebuilt by every ingest: StoredAnalytics).
-- province_departments (departments of one province), provinces (provinces of the country),
-- department_across_provinces (the same department in every province). Averages include the unit itself.
CREATE OR REPLACE VIEW peer_comparison_live AS
WITH valued AS (
    SELECT * FROM resolved WHERE value_pct IS NOT NULL AND unit_kind IN ('department', 'province')
),
grouped AS (
    SELECT *, 'province_departments' AS peer_group, province AS peer_key FROM valued WHERE unit_kind = 'department'
    UNION ALL
    SELECT *, 'provinces' AS peer_group, 'Cả nước' AS peer_key FROM valued WHERE unit_kind = 'province'
    UNION ALL
    SELECT *, 'department_across_provinces' AS peer_group, unit AS peer_key FROM valued WHERE unit_kind = 'department'
)
SELECT unit, unit_kind, province, index_code, criterion, year, value_pct,
       CAST(round(sum(value_pct) OVER g / count(*) OVER g, 2) AS DECIMAL(6,2)) AS peer_avg, -- exact sum: the same average in any order
       max(value_pct) OVER g AS peer_best,
       min(value_pct) OVER g AS peer_worst,
       count(*) OVER g AS peer_n,
       rank() OVER (PARTITION BY peer_group, peer_key, index_code, criterion, year ORDER BY value_pct DESC) AS rank_in_peers,
       peer_group, peer_key,
       source_file, source_line, source_text
FROM grouped
WINDOW g AS (PARTITION BY peer_group, peer_key, index_code, criterion, year)
