-- grain: one row per plan document a unit issued in a province (plan, appendix or both), latest plan year first;
-- $1 unit, $2 province
select source_file, kind, issuer, province, year, number, issued_on,
       -- a plan names itself (issuer, year): no summary of its figures is needed for its name
       null::VARCHAR[] as indices, null::VARCHAR[] as unit_kinds, null::VARCHAR[] as provinces,
       null::INTEGER as first_year, null::INTEGER as last_year
from documents
where kind in ('plan', 'appendix', 'plan+appendix')
  and issuer = $1::VARCHAR and province is not distinct from $2::VARCHAR
order by year desc nulls last, source_file
