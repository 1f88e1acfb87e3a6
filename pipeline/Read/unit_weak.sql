-- grain: one row per weak criterion of unit $1 in province $2 (NULL = a unit without one) in year $3, index $4
-- (NULL = every index), most urgent first (FigureReads.WeakOfUnit puts equally urgent ones in the glossary's order)
with
mine as (
    select * from weak_criteria
    where unit = $1::VARCHAR and province is not distinct from $2::VARCHAR and year = $3::INTEGER
      and ($4::VARCHAR is null or index_code = $4::VARCHAR)
)
select unit, province, index_code, criterion, year, value_pct, gap_to_90, change_pp, movement, reasons, severity,
       source_file, source_line, source_text
from mine
order by severity desc, criterion, index_code
