-- grain: one row per criterion: the peers' average, best and worst; $1 province, $2 unit_kind, $3 year, $4 index
with
wanted as (
    select * from peer_comparison
    where province is not distinct from $1::VARCHAR and unit_kind = $2::VARCHAR
      and year = $3::INTEGER and index_code = $4::VARCHAR
)
select criterion, max(peer_avg) as peer_avg, max(peer_best) as peer_best, min(peer_worst) as peer_worst,
       max(peer_n) as peer_n
from wanted
group by criterion
order by criterion
