-- grain: one row per unit, province, index, criterion and year that has a value or a rank (criterion_status);
-- filters $1 province, $2 unit, $3 unit_kind, $4 year, $5 index_code, $6 criterion (NULL = any)
with
wanted as (
    select * from criterion_status
    where ($1::VARCHAR is null or province = $1::VARCHAR) and ($2::VARCHAR is null or unit = $2::VARCHAR)
      and ($3::VARCHAR is null or unit_kind = $3::VARCHAR) and ($4::INTEGER is null or year = $4::INTEGER)
      and ($5::VARCHAR is null or index_code = $5::VARCHAR) and ($6::VARCHAR is null or criterion = $6::VARCHAR)
),
valued_or_ranked as (
    select * from wanted where value_pct is not null or rank is not null
)
select * from valued_or_ranked
order by unit_kind, province, unit, index_code, criterion, year
