-- grain: the stored model row of index $1: its predictions now reflect generation $2.
update task_model set linked_generation = $2::BIGINT where index_code = $1::VARCHAR
