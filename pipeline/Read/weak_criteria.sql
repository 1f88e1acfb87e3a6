-- grain: one row per weak criterion of a unit in a year, most urgent first;
-- filters $1 province, $2 unit (NULL = any), $3 year, $4 index
with
wanted as (
    select * from weak_criteria
    where ($1::VARCHAR is null or province = $1::VARCHAR) and ($2::VARCHAR is null or unit = $2::VARCHAR)
      and year = $3::INTEGER and index_code = $4::VARCHAR
)
select unit, province, index_code, criterion, year, value_pct, gap_to_90, change_pp, movement, reasons, severity,
       source_file, source_line, source_text
from wanted
order by severity desc nulls last, unit, criterion
