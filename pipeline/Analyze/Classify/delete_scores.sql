-- grain: the cross-validation rows of index $1 go (before the new ones are written).
delete from task_model_scores where index_code = $1::VARCHAR
