-- Grain: one row per canonical criterion key (from Glossary/criteria.csv), reloaded at every start.
CREATE OR REPLACE TABLE criteria (
    key         VARCHAR NOT NULL,
    index_scope VARCHAR NOT NULL,
    sort_order  INTEGER NOT NULL,
    name_vi     VARCHAR NOT NULL,
    short_vi    VARCHAR NOT NULL
)
