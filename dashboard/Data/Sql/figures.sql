-- grain: one row per unit, province, index, criterion and year that has a value or a rank;
-- filters $1 province, $2 unit, $3 unit_kind, $4 year, $5 index_code, $6 criterion (NULL = any)
with
wanted_gaps as (
    select * from gaps
    where ($1::VARCHAR is null or province = $1::VARCHAR) and ($2::VARCHAR is null or unit = $2::VARCHAR)
      and ($3::VARCHAR is null or unit_kind = $3::VARCHAR) and ($4::INTEGER is null or year = $4::INTEGER)
      and ($5::VARCHAR is null or index_code = $5::VARCHAR) and ($6::VARCHAR is null or criterion = $6::VARCHAR)
),
wanted_ranks as (
    select * from rank_movements
    where ($1::VARCHAR is null or province = $1::VARCHAR) and ($2::VARCHAR is null or unit = $2::VARCHAR)
      and ($3::VARCHAR is null or unit_kind = $3::VARCHAR) and ($4::INTEGER is null or year = $4::INTEGER)
      and ($5::VARCHAR is null or index_code = $5::VARCHAR) and ($6::VARCHAR is null or criterion = $6::VARCHAR)
),
valued_or_ranked as (
    select
        coalesce(g.unit, r.unit) as unit,
        coalesce(g.unit_kind, r.unit_kind) as unit_kind,
        coalesce(g.province, r.province) as province,
        coalesce(g.index_code, r.index_code) as index_code,
        coalesce(g.criterion, r.criterion) as criterion,
        coalesce(g.year, r.year) as year,
        g.value_pct, g.gap_to_90, g.target_pct, g.target_set_by,
        g.target_source_file, g.target_source_line, g.target_source_text,
        r.rank, r.rank_of, coalesce(r.movement, r.stated_movement) as movement, coalesce(r.rank_is_derived, false) as rank_is_derived,
        coalesce(g.source_file, r.source_file) as source_file,
        coalesce(g.source_line, r.source_line) as source_line,
        coalesce(g.source_text, r.source_text) as source_text,
        r.source_file as rank_source_file, r.source_line as rank_source_line, r.source_text as rank_source_text
    from wanted_gaps g
    full join wanted_ranks r
        on g.unit = r.unit and g.unit_kind = r.unit_kind and g.province is not distinct from r.province
       and g.index_code = r.index_code and g.criterion = r.criterion and g.year = r.year
)
select f.*, t.prev_year, t.prev_value_pct, t.change_pp, t.break_note, coalesce(t.value_is_derived, false) as value_is_derived
from valued_or_ranked f
left join trends t
    on t.unit = f.unit and t.unit_kind = f.unit_kind and t.province is not distinct from f.province
   and t.index_code = f.index_code and t.criterion = f.criterion and t.year = f.year
order by f.unit_kind, f.province, f.unit, f.index_code, f.criterion, f.year
