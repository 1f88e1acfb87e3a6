-- Grain: one row when the stored analytics (resolved_store) lag the documents (an ingest stopped before its refresh).
SELECT 'data_version' AS key,
       'stored analytics reflect change ' || coalesce(CAST(analytics_generation AS VARCHAR), 'none') || ' of '
           || generation || ': run an ingest or open the database for writing to rebuild them' AS problem
FROM data_version
WHERE analytics_generation IS DISTINCT FROM generation
