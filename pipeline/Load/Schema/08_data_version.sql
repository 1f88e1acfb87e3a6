-- Grain: one row: a counter every document change (load, replacement, rejection) increases in its own transaction, and
-- which generation and definition the stored analytics (resolved_store) were last built from.
CREATE TABLE IF NOT EXISTS data_version (
    generation           BIGINT NOT NULL,
    analytics_generation BIGINT,
    analytics_sql        VARCHAR,
    analytics_at         TIMESTAMP
)
