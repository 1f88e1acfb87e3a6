-- Grain: one row per criterion of unit $1 (province $2, index $4) in year $3 with a value or a rank: the figures
-- and where each was read (file, line, quoted text).
WITH vals AS (
    SELECT * FROM gaps WHERE unit = $1 AND province IS NOT DISTINCT FROM $2 AND index_code = $4 AND year = $3
),
ranks AS (
    SELECT * FROM rank_movements WHERE unit = $1 AND province IS NOT DISTINCT FROM $2 AND index_code = $4 AND year = $3
)
SELECT coalesce(v.criterion, r.criterion) AS criterion, v.value_pct, r.rank, r.rank_of,
       coalesce(r.movement, r.stated_movement) AS movement,
       coalesce(v.source_file, r.source_file) AS source_file, coalesce(v.source_line, r.source_line) AS source_line,
       coalesce(v.source_text, r.source_text) AS source_text
FROM vals v
FULL JOIN ranks r ON r.criterion = v.criterion
ORDER BY criterion
