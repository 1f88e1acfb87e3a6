-- grain: one row per value a document states for a conflicting unit, province, year, index and criterion
-- (the first line of that document stating that value)
with
stated as (
    select o.unit, o.province, o.year, o.index_code, o.criterion, o.value_pct, o.source_file, o.source_line,
           o.source_text
    from conflicts c
    join observations o
        on o.unit = c.unit and o.province is not distinct from c.province and o.year = c.year
       and o.index_code = c.index_code and o.criterion = c.criterion
    where o.value_pct is not null
)
select *
from stated
qualify row_number() over (partition by unit, province, year, index_code, criterion, value_pct, source_file
                           order by source_line) = 1
order by province, unit, year, index_code, criterion, value_pct, source_file
