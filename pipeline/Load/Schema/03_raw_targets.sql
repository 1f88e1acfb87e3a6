-- Grain: one row per target level a document sets (or reports as assigned by the province).
CREATE TABLE IF NOT EXISTS raw_targets (
    source_file VARCHAR NOT NULL,
    seq         INTEGER NOT NULL,
    unit        VARCHAR NOT NULL,
    unit_kind   VARCHAR NOT NULL,
    province    VARCHAR,
    year        INTEGER NOT NULL,
    index_code  VARCHAR NOT NULL,
    criterion   VARCHAR NOT NULL,
    target_pct  DECIMAL(6,2) NOT NULL,
    set_by      VARCHAR NOT NULL,
    basis       VARCHAR,
    source_line INTEGER NOT NULL,
    source_text VARCHAR NOT NULL,
    source_page INTEGER,
    ocr_confidence DECIMAL(5,2)
)
