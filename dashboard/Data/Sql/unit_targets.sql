-- grain: one row per target a document sets for a unit, criterion and year; $1 province, $2 unit, $3 year, $4 index
with
wanted as (
    select * from targets
    where province is not distinct from $1::VARCHAR and unit = $2::VARCHAR
      and year = $3::INTEGER and index_code = $4::VARCHAR
)
select criterion, target_pct, set_by, source_file, source_line, source_text
from wanted
order by criterion, source_file, source_line
