-- Grain: one row: whether the stored analytics lag the documents (a run stopped between a commit and the refresh).
SELECT coalesce((SELECT analytics_generation IS DISTINCT FROM generation FROM data_version), false)
