-- Grain: one row per unit, province, year, index and criterion resolved more than once (must be none).
SELECT concat_ws(' | ', unit, province, year, index_code, criterion) AS key, 'resolved ' || count(*) || ' times' AS problem
FROM resolved
GROUP BY unit, unit_kind, province, year, index_code, criterion
HAVING count(*) > 1
