-- grain: the stored model row of index $1 goes (before its replacement is written).
delete from task_model where index_code = $1::VARCHAR
