-- Grain: one row per predicted task link that breaks a rule: on a task whose document states a criterion of its index
-- (a stated criterion is never replaced), for a criterion of another index, or a model link without a confidence in 0–1.
SELECT concat_ws(' | ', source_file, seq, criterion, linked_by) AS key,
       CASE WHEN len(list_filter(criteria, c -> c <> 'overall')) > 0 THEN 'predicted link on a task stating its criteria'
            WHEN linked_by = 'model' AND NOT coalesce(confidence BETWEEN 0 AND 1, false) THEN 'model link without a confidence in 0–1'
            ELSE 'predicted criterion of another index' END AS problem
FROM task_criteria
WHERE linked_by <> 'document'
  AND (len(list_filter(criteria, c -> c <> 'overall')) > 0
       OR (linked_by = 'model' AND NOT coalesce(confidence BETWEEN 0 AND 1, false))
       OR criterion NOT IN (SELECT key FROM criteria WHERE index_scope = index_code))
