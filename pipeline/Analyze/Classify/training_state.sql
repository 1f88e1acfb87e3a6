-- grain: one row: for index $1, the data generation, the hash of its labelled tasks (those whose document states a
-- specific criterion) salted with the classifier's version $2, and the stored model's hash and last prediction pass.
with
labelled as (
    select md5(coalesce(string_agg(source_file || chr(31) || seq || chr(31) || description || chr(31)
                                   || array_to_string(list_sort(criteria), '|'), chr(30)
                                   order by source_file, seq), '') || $2::VARCHAR) as training_hash,
           count(*) as tasks
    from tasks
    where index_code = $1::VARCHAR and len(list_filter(criteria, c -> c <> 'overall')) > 0
)
select (select generation from data_version) as generation, l.training_hash, l.tasks,
       m.training_hash as model_hash, m.linked_generation
from labelled l
left join task_model m on m.index_code = $1::VARCHAR
