-- grain: one row per task of index $1, in document order: its text (the task's description, the words a classifier and
-- the keyword rules read) and the specific criteria its document states ('|'-joined, empty when it states none).
with
of_index as (
    select source_file, seq, description, list_filter(criteria, c -> c <> 'overall') as stated
    from tasks
    where index_code = $1::VARCHAR
)
select source_file, seq, description as text, array_to_string(list_sort(stated), '|') as stated
from of_index
order by source_file, seq
