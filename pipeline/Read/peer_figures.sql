-- grain: one row per peer unit (the unit itself included), criterion and year up to $3 with a value or a rank, index $4.
-- Peers of unit $1 in province $2: units of the same kind in the same province, or every province when it is a province.
with
me as (
    select distinct unit_kind from criterion_status
    where unit = $1::VARCHAR and province is not distinct from $2::VARCHAR and index_code = $4::VARCHAR
      and (value_pct is not null or rank is not null)
),
peers as (
    select s.* from criterion_status s
    join me on s.unit_kind = me.unit_kind
    where s.index_code = $4::VARCHAR and s.year <= $3::INTEGER
      and (me.unit_kind = 'province' or s.province is not distinct from $2::VARCHAR)
      and (s.value_pct is not null or s.rank is not null)
)
select * from peers
order by unit, criterion, year
