-- Grain: one row: how many documents the database holds, loaded or refused.
SELECT ((SELECT count(*) FROM raw_documents) + (SELECT count(DISTINCT source_file) FROM raw_findings WHERE rejected))::BIGINT AS held
