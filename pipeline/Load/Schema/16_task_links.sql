-- Grain: one row per task (source_file, seq) and criterion it is predicted to serve, by the model (with its
-- confidence, 0–1) or the keyword rules (no confidence), made at data generation `generation`. Only tasks whose document
-- states no specific criterion get one.
CREATE TABLE IF NOT EXISTS task_links (
    source_file VARCHAR NOT NULL,
    seq         INTEGER NOT NULL,
    criterion   VARCHAR NOT NULL,
    method      VARCHAR NOT NULL,
    confidence  DOUBLE,
    generation  BIGINT NOT NULL
)
