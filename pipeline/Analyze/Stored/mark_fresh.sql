-- Grain: one row: the stored analytics now reflect the current generation, built by the definition $1 (its SHA-256).
UPDATE data_version SET analytics_generation = generation, analytics_sql = $1, analytics_at = now()
