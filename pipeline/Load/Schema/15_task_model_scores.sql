-- Grain: one row per index, criterion and method ('model' or 'rules'): its precision and recall over the labelled
-- tasks by cross-validation grouped by document; used on the row of the method that links that
-- criterion, if any.
CREATE TABLE IF NOT EXISTS task_model_scores (
    index_code  VARCHAR NOT NULL,
    criterion   VARCHAR NOT NULL,
    method      VARCHAR NOT NULL,
    folds       INTEGER NOT NULL,
    support     INTEGER NOT NULL,
    tp          INTEGER NOT NULL,
    fp          INTEGER NOT NULL,
    fn          INTEGER NOT NULL,
    precision   DOUBLE,
    recall      DOUBLE,
    f1          DOUBLE NOT NULL,
    used        BOOLEAN NOT NULL
)
