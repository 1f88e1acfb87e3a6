-- grain: one row: for index $1, the data generation, the hash of its labelled tasks (those whose document states a
-- specific criterion) salted with the classifier's version $2, and the stored model's hash and last prediction pass.
with
labelled as (
    -- an order-free digest of the rows (count, sum and xor of each row's hash) in constant memory: a string_agg of every
    -- task ran DuckDB out of its ingest memory limit at full synthetic scale (~94,000 tasks, 122 MB)
    select md5(count(*)::VARCHAR || ':' || coalesce(sum(h::HUGEINT), 0)::VARCHAR || ':' || coalesce(bit_xor(h), 0)::VARCHAR
               || ':' || $2::VARCHAR) as training_hash,
           count(*) as tasks
    from (select hash(source_file, seq, description, array_to_string(list_sort(criteria), '|')) as h
          from tasks
          where index_code = $1::VARCHAR and len(list_filter(criteria, c -> c <> 'overall')) > 0)
)
select (select generation from data_version) as generation, l.training_hash, l.tasks,
       m.training_hash as model_hash, m.linked_generation
from labelled l
left join task_model m on m.index_code = $1::VARCHAR
