-- grain: one row per criterion of index $1 the cross-validation scored, with the method that links it ('model',
-- 'rules', or null when neither was precise enough).
select criterion, max(method) filter (where used) as method
from task_model_scores
where index_code = $1::VARCHAR
group by criterion
order by criterion
