-- Grain: one row per figure missing a unit, year, index or source.
SELECT source_file || ':' || source_line AS key, 'missing key field' AS problem
FROM raw_observations
WHERE unit = '' OR index_code NOT IN ('SIPAS', 'PAR_INDEX') OR source_text = '' OR source_line < 1
