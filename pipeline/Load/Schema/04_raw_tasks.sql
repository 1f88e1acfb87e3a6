-- Grain: one row per task of a plan (table row or numbered task section, continuation rows merged).
CREATE TABLE IF NOT EXISTS raw_tasks (
    source_file     VARCHAR NOT NULL,
    seq             INTEGER NOT NULL,
    unit            VARCHAR NOT NULL,
    province        VARCHAR,
    plan_year       INTEGER,
    index_code      VARCHAR NOT NULL,
    section         VARCHAR,
    criteria        VARCHAR[] NOT NULL,
    description     VARCHAR NOT NULL,
    lead_unit       VARCHAR,
    partners        VARCHAR,
    timeline        VARCHAR,
    expected_result VARCHAR,
    source_line     INTEGER NOT NULL,
    source_text     VARCHAR NOT NULL
)
