-- grain: one row per index and criterion the cross-validation scored: the keyword rules' and the model's counts,
-- precision and recall side by side, and which of them links that criterion.
select r.index_code, r.criterion, r.folds, r.support,
       r.tp as rules_tp, r.fp as rules_fp, r.precision as rules_precision, r.recall as rules_recall, r.f1 as rules_f1,
       m.tp as model_tp, m.fp as model_fp, m.precision as model_precision, m.recall as model_recall, m.f1 as model_f1,
       case when m.used then 'model' when r.used then 'rules' end as linked_by
from task_model_scores r
join task_model_scores m on m.index_code = r.index_code and m.criterion = r.criterion and m.method = 'model'
where r.method = 'rules'
order by r.index_code, r.criterion
