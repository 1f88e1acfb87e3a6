-- grain: one row per task a unit's plan for a plan year sets on an index; $1 unit, $2 province, $3 plan_year, $4 index
select source_file, source_line, coalesce(source_text, description) as source_text, section, criteria, description,
       lead_unit, timeline
from tasks
where unit = $1::VARCHAR and province is not distinct from $2::VARCHAR and plan_year = $3::INTEGER
  and coalesce(index_code, 'SIPAS') = $4::VARCHAR
order by source_file, source_line
