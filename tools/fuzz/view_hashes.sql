-- Grain: one row per public view: its row count and an MD5 of its rows' content (load and record times left out).
WITH hashed AS (
    SELECT 'documents' AS view, count(*) AS n, md5(coalesce(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR)), '')) AS hash FROM (SELECT * EXCLUDE (loaded_at) FROM documents) t
    UNION ALL SELECT 'observations', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR)), '')) FROM observations t
    UNION ALL SELECT 'targets', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR)), '')) FROM targets t
    UNION ALL SELECT 'tasks', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR)), '')) FROM tasks t
    UNION ALL SELECT 'conflicts', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR)), '')) FROM conflicts t
    UNION ALL SELECT 'warnings', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR)), '')) FROM warnings t
    UNION ALL SELECT 'rejections', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR)), '')) FROM (SELECT * EXCLUDE (recorded_at) FROM rejections) t
    UNION ALL SELECT 'resolved', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR)), '')) FROM resolved t
    UNION ALL SELECT 'trends', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR)), '')) FROM trends t
    UNION ALL SELECT 'rank_movements', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR)), '')) FROM rank_movements t
    UNION ALL SELECT 'gaps', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR)), '')) FROM gaps t
    UNION ALL SELECT 'peer_comparison', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR)), '')) FROM peer_comparison t
    UNION ALL SELECT 'weak_criteria', count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR)), '')) FROM weak_criteria t
)
SELECT view, n, hash FROM hashed ORDER BY view
