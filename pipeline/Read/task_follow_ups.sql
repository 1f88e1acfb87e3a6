-- grain: one row per weak criterion of a unit in year $2 (index $3, province $1 or any) and a task a plan of the same
-- unit and index set for it (plans up to the one answering year $2's results: plan year <= $2 + 1), with the
-- criterion's value, in that index, in the year before the plan and in the plan year. A task serves a criterion its
-- document states or one predicted for it (linked_by, confidence: task_criteria).
with
weak as (
    select unit, province, criterion
    from weak_criteria
    where ($1::VARCHAR is null or province = $1::VARCHAR) and year = $2::INTEGER and index_code = $3::VARCHAR
),
linked as (
    select unit, province, plan_year, criterion, linked_by, confidence, description, lead_unit, timeline,
           source_file, source_line, source_text
    from task_criteria
    where index_code = $3::VARCHAR and (plan_year is null or plan_year <= $2::INTEGER + 1)
),
matched as (
    select w.unit, w.province, w.criterion, t.plan_year, t.description, t.lead_unit, t.timeline,
           t.source_file, t.source_line, t.source_text, t.linked_by, t.confidence
    from weak w
    join linked t
        on t.unit = w.unit and t.province is not distinct from w.province and t.criterion = w.criterion
),
yearly as (
    select unit, province, criterion, year, value_pct from trends where index_code = $3::VARCHAR
)
select m.*, before.value_pct as before_pct, after.value_pct as after_pct
from matched m
left join yearly before
    on before.unit = m.unit and before.province is not distinct from m.province
   and before.criterion = m.criterion and before.year = m.plan_year - 1
left join yearly after
    on after.unit = m.unit and after.province is not distinct from m.province
   and after.criterion = m.criterion and after.year = m.plan_year
order by m.unit, m.criterion, m.plan_year, m.source_file, m.source_line
