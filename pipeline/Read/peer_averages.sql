-- grain: one row per criterion: the peer group's average, best and worst in a year;
-- $1 peer_group (province_departments | provinces | department_across_provinces), $2 peer_key, $3 year, $4 index
with
wanted as (
    select * from peer_comparison
    where peer_group = $1::VARCHAR and peer_key = $2::VARCHAR and year = $3::INTEGER and index_code = $4::VARCHAR
)
select criterion, max(peer_avg) as peer_avg, max(peer_best) as peer_best, min(peer_worst) as peer_worst,
       max(peer_n) as peer_n
from wanted
group by criterion
order by criterion
