-- Grain: one row per unit, province, year, index and criterion: the value and the rank to use, each from its best source.
-- Computed live from the raw tables; the `resolved` view reads its stored copy (resolved_store, see StoredAnalytics).
-- Precedence (documented in README): a stated figure over one derived from a stated change; published results over a
-- plan's body over its appendix; then the later document (issue date, else plan year); then file, line and order in the line.
CREATE OR REPLACE VIEW resolved_live AS
WITH ranked AS (
    SELECT o.*,
           CASE o.origin WHEN 'published' THEN 1 WHEN 'plan_body' THEN 2 WHEN 'plan_appendix' THEN 3 ELSE 4 END AS origin_rank,
           coalesce(d.issued_on, make_date(coalesce(d.year, 1900), 12, 31)) AS doc_date
    FROM raw_observations o
    JOIN raw_documents d USING (source_file)
),
best_value AS (
    SELECT * FROM ranked WHERE value_pct IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY unit, unit_kind, province, year, index_code, criterion
                               ORDER BY is_derived, origin_rank, doc_date DESC, source_file, source_line, seq) = 1
),
best_rank AS (
    SELECT * FROM ranked WHERE rank IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY unit, unit_kind, province, year, index_code, criterion
                               ORDER BY is_derived, origin_rank, doc_date DESC, source_file, source_line, seq) = 1
),
best_statement AS (
    SELECT * FROM ranked WHERE rank_change IS NOT NULL OR value_change IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY unit, unit_kind, province, year, index_code, criterion
                               ORDER BY origin_rank, doc_date DESC, source_file, source_line, seq) = 1
),
keys AS (
    SELECT unit, unit_kind, province, year, index_code, criterion,
           count(DISTINCT value_pct) AS n_values,
           count(DISTINCT source_file) AS n_sources
    FROM ranked
    GROUP BY unit, unit_kind, province, year, index_code, criterion
)
SELECT k.unit, k.unit_kind, k.province, k.year, k.index_code, k.criterion,
       v.value_pct, v.is_derived AS value_is_derived, v.origin,
       coalesce(v.source_file, r.source_file) AS source_file,
       coalesce(v.source_line, r.source_line) AS source_line,
       coalesce(v.source_text, r.source_text) AS source_text,
       r.rank, r.rank_of, r.is_derived AS rank_is_derived,
       r.source_file AS rank_source_file, r.source_line AS rank_source_line, r.source_text AS rank_source_text,
       s.rank_change AS stated_movement, s.value_change AS stated_change_pp,
       k.n_values > 1 AS has_conflict, k.n_sources
FROM keys k
LEFT JOIN best_value v
       ON v.unit = k.unit AND v.unit_kind = k.unit_kind AND v.province IS NOT DISTINCT FROM k.province
      AND v.year = k.year AND v.index_code = k.index_code AND v.criterion = k.criterion
LEFT JOIN best_rank r
       ON r.unit = k.unit AND r.unit_kind = k.unit_kind AND r.province IS NOT DISTINCT FROM k.province
      AND r.year = k.year AND r.index_code = k.index_code AND r.criterion = k.criterion
LEFT JOIN best_statement s
       ON s.unit = k.unit AND s.unit_kind = k.unit_kind AND s.province IS NOT DISTINCT FROM k.province
      AND s.year = k.year AND s.index_code = k.index_code AND s.criterion = k.criterion
