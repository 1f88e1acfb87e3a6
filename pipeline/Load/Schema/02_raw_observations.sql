-- Grain: one row per figure as a document states it (or derives it from a stated change).
CREATE TABLE IF NOT EXISTS raw_observations (
    source_file          VARCHAR NOT NULL,
    seq                  INTEGER NOT NULL,
    unit                 VARCHAR NOT NULL,
    unit_kind            VARCHAR NOT NULL,
    province             VARCHAR,
    year                 INTEGER NOT NULL,
    index_code           VARCHAR NOT NULL,
    criterion            VARCHAR NOT NULL,
    criterion_as_written VARCHAR,
    value_pct            DECIMAL(6,2),
    rank                 INTEGER,
    rank_of              INTEGER,
    rank_change          INTEGER,
    value_change         DECIMAL(6,2),
    is_derived           BOOLEAN NOT NULL,
    origin               VARCHAR NOT NULL,
    source_line          INTEGER NOT NULL,
    source_text          VARCHAR NOT NULL,
    source_page          INTEGER,
    ocr_confidence       DECIMAL(5,2),
    source_note          VARCHAR
)
