-- grain: one row per index, criterion and method of the current predicted links: how many tasks it links, and how many
-- of the index's tasks state no criterion (the tasks that can get a link at all).
with
open_tasks as (
    select index_code, count(*) filter (where len(list_filter(criteria, c -> c <> 'overall')) = 0) as open_tasks
    from tasks
    group by index_code
)
select c.index_code, c.criterion, c.linked_by as method, count(*) as links, o.open_tasks,
       round(avg(c.confidence), 4) as mean_confidence
from task_criteria c
join open_tasks o on o.index_code = c.index_code
where c.linked_by <> 'document'
group by all
order by c.index_code, c.criterion, method
