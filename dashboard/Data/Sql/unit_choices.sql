-- grain: one row per unit, province, year and index that has any figure (for the filter lists)
with
figure_keys as (
    select unit, unit_kind, province, year, index_code from gaps
    union
    select unit, unit_kind, province, year, index_code from rank_movements
)
select distinct unit, unit_kind, province, year, index_code
from figure_keys
order by province, unit, year, index_code
