-- grain: one row per index, criterion and year of unit $1 in province $2 (NULL = a unit without one) that
-- criterion_status holds, every year; index $3 (NULL = every index)
with
mine as (
    select * from criterion_status
    where unit = $1::VARCHAR and province is not distinct from $2::VARCHAR
      and ($3::VARCHAR is null or index_code = $3::VARCHAR)
)
select * from mine
order by index_code, criterion, year
