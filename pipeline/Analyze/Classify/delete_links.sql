-- grain: the predicted links of the tasks of index $1 go (before the new prediction pass is written).
delete from task_links
where (source_file, seq) in (select source_file, seq from tasks where index_code = $1::VARCHAR)
   or (source_file, seq) not in (select source_file, seq from tasks)
