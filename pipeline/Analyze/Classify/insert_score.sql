-- grain: one row: precision and recall of method $3 for criterion $2 of index $1 by cross-validation over $4 folds.
insert into task_model_scores (index_code, criterion, method, folds, support, tp, fp, fn, precision, recall, f1, used)
values ($1::VARCHAR, $2::VARCHAR, $3::VARCHAR, $4::INTEGER, $5::INTEGER, $6::INTEGER, $7::INTEGER, $8::INTEGER,
        $9::DOUBLE, $10::DOUBLE, $11::DOUBLE, $12::BOOLEAN)
