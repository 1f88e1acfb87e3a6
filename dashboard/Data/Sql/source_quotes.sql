-- grain: one row per figure, target or task that file $1 states at line $2
with
figures as (
    select 'figure' as kind, unit, province, year, criterion, value_pct, source_text as text
    from observations where source_file = $1::VARCHAR and source_line = $2::INTEGER
),
goals as (
    select 'target' as kind, unit, province, year, criterion, target_pct as value_pct, source_text as text
    from targets where source_file = $1::VARCHAR and source_line = $2::INTEGER
),
plan_tasks as (
    select 'task' as kind, unit, province, plan_year as year, null as criterion, null as value_pct,
           description as text
    from tasks where source_file = $1::VARCHAR and source_line = $2::INTEGER
)
select * from figures
union all select * from goals
union all select * from plan_tasks
order by kind, unit, criterion
