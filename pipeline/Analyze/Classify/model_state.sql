-- grain: one row per index with a stored model row: the labelled tasks and documents it learnt from, whether a model
-- was trained (none when one document cannot be cross-validated), and how many criteria its cross-validation scored.
with
scored as (
    select index_code, count(distinct criterion) as criteria
    from task_model_scores
    group by index_code
)
select m.index_code, m.tasks, m.documents, m.model_base64 <> '' as has_model, coalesce(s.criteria, 0) as scored_criteria
from task_model m
left join scored s on s.index_code = m.index_code
order by m.index_code
