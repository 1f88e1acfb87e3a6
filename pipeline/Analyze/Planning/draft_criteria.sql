-- grain: one row per criterion of unit $1 (province $2) in year $3 and index $4 that is weak, or is the overall index,
-- most urgent first: the year's value, rank and movement, and the target for year $3 + 1 (the unit's own plan over the
-- level the province assigned), each with its source
with
status as (
    select s.unit, s.province, s.index_code, s.year, s.criterion, s.value_pct, s.rank, s.rank_of, s.movement,
           w.severity, w.criterion is not null as is_weak, s.source_file, s.source_line, s.source_text
    from criterion_status s
    left join weak_criteria w
        on w.unit = s.unit and w.province is not distinct from s.province and w.index_code = s.index_code
       and w.year = s.year and w.criterion = s.criterion
    where s.unit = $1::VARCHAR and s.province is not distinct from $2::VARCHAR and s.year = $3::INTEGER
      and s.index_code = $4::VARCHAR and (w.criterion is not null or s.criterion = 'overall')
),
next_targets as (
    select criterion, target_pct, source_file, source_line, source_text,
           row_number() over (partition by criterion
                              order by case set_by when 'plan' then 0 else 1 end, source_file, source_line) as n
    from targets
    where unit = $1::VARCHAR and province is not distinct from $2::VARCHAR and year = $3::INTEGER + 1
      and index_code = $4::VARCHAR
)
select s.*, t.target_pct, t.source_file as target_source_file, t.source_line as target_source_line,
       t.source_text as target_source_text
from status s
left join next_targets t on t.criterion = s.criterion and t.n = 1
order by s.is_weak desc, s.severity desc nulls last, s.criterion
