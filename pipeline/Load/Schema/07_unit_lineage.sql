-- Grain: one row per predecessor of a unit created by a merger (2025 reorganisation), reloaded at every start.
CREATE OR REPLACE TABLE unit_lineage (
    new_unit    VARCHAR NOT NULL,
    unit_kind   VARCHAR NOT NULL,
    province    VARCHAR,
    merged_from VARCHAR NOT NULL,
    effective   DATE NOT NULL,
    source_url  VARCHAR
)
