-- grain: one row per unit, province, year and index that has any figure (has_figures) or, without figures of its own,
-- a loaded plan of that unit (its tasks or the plan document itself, the plan year as year): drives the filter lists
with
figure_keys as (
    select unit, unit_kind, province, year, index_code from gaps
    union
    select unit, unit_kind, province, year, index_code from rank_movements
),
task_keys as (
    select unit, 'department' as unit_kind, province, plan_year as year, coalesce(index_code, 'SIPAS') as index_code
    from tasks
    where plan_year is not null
),
plan_keys as (
    select issuer as unit, 'department' as unit_kind, province, year, 'SIPAS' as index_code
    from documents
    where kind in ('plan', 'appendix', 'plan+appendix') and issuer is not null and province is not null and year is not null
),
planned as (
    select * from task_keys
    union
    select * from plan_keys
),
plan_only as (
    select p.* from planned p
    where not exists (
        select 1 from figure_keys f
        where f.unit = p.unit and f.province is not distinct from p.province and f.index_code = p.index_code)
)
select distinct unit, unit_kind, province, year, index_code, true as has_figures from figure_keys
union all
select distinct unit, unit_kind, province, year, index_code, false as has_figures from plan_only
order by province, unit, year, index_code
