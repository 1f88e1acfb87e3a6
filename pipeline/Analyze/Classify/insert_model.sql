-- grain: one row: the model of index $1 trained at generation $2 on the labelled tasks hashed $3 ($4 tasks of $5
-- documents) in $6 ms; the model's ML.NET zip as base64 ($7).
insert into task_model (index_code, generation, training_hash, tasks, documents, trained_at, train_ms, model_base64,
                        linked_generation)
values ($1::VARCHAR, $2::BIGINT, $3::VARCHAR, $4::INTEGER, $5::INTEGER, now()::TIMESTAMP, $6::BIGINT, $7::VARCHAR, null)
