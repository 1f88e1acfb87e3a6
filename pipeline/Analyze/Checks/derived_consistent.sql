-- Grain: one row per derived figure that does not follow from a stated figure and change on the same source line.
WITH derived AS (
    SELECT * FROM raw_observations WHERE is_derived
),
stated AS (
    SELECT * FROM raw_observations WHERE NOT is_derived
)
SELECT d.source_file || ':' || d.source_line AS key,
       'derived ' || d.criterion || ' ' || d.year || ' has no matching statement' AS problem
FROM derived d
WHERE NOT EXISTS (
    SELECT 1 FROM stated s
    WHERE s.source_file = d.source_file AND s.source_line = d.source_line
      AND s.unit = d.unit AND s.criterion = d.criterion AND s.index_code = d.index_code AND s.year = d.year + 1
      AND (d.value_pct IS NULL OR s.value_pct - s.value_change = d.value_pct)
      AND (d.rank IS NULL OR s.rank + s.rank_change = d.rank)
)
