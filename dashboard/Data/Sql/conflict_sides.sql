-- grain: one row per conflicting value: the unit, year, index and criterion, one value and the document stating it,
-- with the first line of that document stating that value
with
sides as (
    select unit, province, year, index_code, criterion,
           unnest(value_pcts) as value_pct, unnest(source_files) as source_file
    from conflicts
),
quoted as (
    select s.*, o.source_line, o.source_text,
           row_number() over (partition by s.unit, s.province, s.year, s.index_code, s.criterion, s.value_pct,
                                           s.source_file order by o.source_line) as nth
    from sides s
    left join observations o
        on o.unit = s.unit and o.province is not distinct from s.province and o.year = s.year
       and o.index_code = s.index_code and o.criterion = s.criterion and o.value_pct = s.value_pct
       and o.source_file = s.source_file
)
select unit, province, year, index_code, criterion, value_pct, source_file, source_line, source_text
from quoted
where nth = 1
order by province, unit, year, index_code, criterion, source_file
