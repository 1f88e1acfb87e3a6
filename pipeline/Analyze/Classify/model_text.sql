-- grain: one row: the stored model of index $1 (base64 of its ML.NET zip), if any.
select model_base64 from task_model where index_code = $1::VARCHAR
