-- grain: one row per value a document states for a conflicting unit, province, year, index and criterion
-- (the first line of that document stating that value)
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
select * from first_statement
order by province, unit, year, index_code, criterion, value_pct, source_file
