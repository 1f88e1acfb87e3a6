-- Grain: one row per task and criterion it serves: each criterion its document states (linked_by 'document'), and each
-- one predicted for a task whose document states none of its index's criteria (linked_by 'model' with its confidence,
-- or 'rules'), shown only while the predictions reflect the current data generation.
CREATE OR REPLACE VIEW task_criteria AS
WITH
stated AS (
    SELECT t.*, unnest(t.criteria) AS criterion, 'document' AS linked_by, NULL::DOUBLE AS confidence
    FROM tasks t
),
predicted AS (
    SELECT t.*, l.criterion, l.method AS linked_by, l.confidence
    FROM tasks t
    JOIN task_links l ON l.source_file = t.source_file AND l.seq = t.seq
    WHERE l.generation = (SELECT generation FROM data_version)
)
SELECT * FROM stated
UNION ALL BY NAME
SELECT * FROM predicted
