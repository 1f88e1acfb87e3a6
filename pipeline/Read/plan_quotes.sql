-- grain: one row per unit, province, year and index whose figures or targets a unit's plans state while not being that
-- unit (a department's plan quoting its province's index); $1 unit, $2 province, $3 index
with
plans as (
    select source_file from documents
    where kind in ('plan', 'appendix', 'plan+appendix')
      and issuer = $1::VARCHAR and province is not distinct from $2::VARCHAR
),
quoted as (
    select o.unit, o.unit_kind, o.province, o.year, o.index_code, 'figure' as what
    from observations o join plans p using (source_file)
    union all
    select t.unit, t.unit_kind, t.province, t.year, t.index_code, 'target' as what
    from targets t join plans p using (source_file)
)
select unit, unit_kind, province, year, index_code,
       count(*) filter (where what = 'figure') as figures,
       count(*) filter (where what = 'target') as targets
from quoted
where unit <> $1::VARCHAR and index_code = $3::VARCHAR
group by all
order by year desc, unit
