-- grain: one row per weak criterion of a unit (province $1 or any, unit $2 or any) in year $3 and index $4, most
-- urgent first, with how many tasks that unit's plan for year $3 + 1 (the plan answering these results) sets for it.
-- A task serves the criteria its document states or that were predicted for it (task_criteria); every task of the
-- plan serves the index as a whole ('overall'). predicted_tasks: how many of the counted tasks only a prediction links.
with
weak as (
    select unit, province, index_code, year, criterion, value_pct, gap_to_90, severity,
           source_file, source_line, source_text
    from weak_criteria
    where ($1::VARCHAR is null or province = $1::VARCHAR) and ($2::VARCHAR is null or unit = $2::VARCHAR)
      and year = $3::INTEGER and index_code = $4::VARCHAR
),
plan as (
    select unit, province, source_file, seq, list(criterion) as criteria,
           list(criterion) filter (where linked_by = 'document') as stated
    from task_criteria
    where plan_year = $3::INTEGER + 1 and index_code = $4::VARCHAR
    group by all
),
counted as (
    select w.unit, w.province, w.index_code, w.year, w.criterion, w.value_pct, w.gap_to_90, w.severity,
           w.source_file, w.source_line, w.source_text,
           count(p.unit) filter (where w.criterion = 'overall' or list_contains(p.criteria, w.criterion)) as plan_tasks,
           count(p.unit) filter (where w.criterion <> 'overall' and list_contains(p.criteria, w.criterion)
                                   and not list_contains(coalesce(p.stated, []), w.criterion)) as predicted_tasks,
           count(p.unit) as plan_tasks_any
    from weak w
    left join plan p on p.unit = w.unit and p.province is not distinct from w.province
    group by all
)
select unit, province, index_code, year, criterion, value_pct, gap_to_90, severity,
       $3::INTEGER + 1 as plan_year, plan_tasks, predicted_tasks, plan_tasks_any > 0 as plan_loaded,
       source_file, source_line, source_text
from counted
order by severity desc nulls last, unit, criterion
