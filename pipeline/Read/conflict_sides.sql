-- grain: one row per value a document states for a conflicting unit, province, year, index and criterion
-- (the first line of that document stating that value), and whether it is the value the analysis uses (gaps)
with
conflicting as (
    select distinct unit, province, year, index_code, criterion from conflicts
),
stated as (
    select o.unit, o.province, o.year, o.index_code, o.criterion, o.value_pct, o.source_file, o.source_line,
           o.source_text
    from observations o
    join conflicting c
        on o.unit = c.unit and o.province is not distinct from c.province and o.year = c.year
       and o.index_code = c.index_code and o.criterion = c.criterion
    where o.value_pct is not null
),
first_statement as (
    select unit, province, year, index_code, criterion, value_pct, source_file,
           min(source_line) as source_line, arg_min(source_text, source_line) as source_text
    from stated
    group by unit, province, year, index_code, criterion, value_pct, source_file
)
select f.*, coalesce(g.value_pct = f.value_pct, false) as in_use
from first_statement f
left join gaps g
    on g.unit = f.unit and g.province is not distinct from f.province and g.year = f.year
   and g.index_code = f.index_code and g.criterion = f.criterion
order by f.province, f.unit, f.year, f.index_code, f.criterion, f.value_pct, f.source_file
