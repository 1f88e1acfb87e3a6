-- Grain: one row: the number of keys of view resolved (one row per unit, province, year, index and criterion), computed
-- with GROUP BY and arg_min instead of three row_number() windows and three joins (same precedence; seq breaks ties).
-- An experiment for the lead (bench views-experiment): same rows as resolved with seq added to its ORDER BY.
SELECT count(*) AS n FROM (
    WITH ranked AS (
        SELECT o.*,
               CASE o.origin WHEN 'published' THEN 1 WHEN 'plan_body' THEN 2 WHEN 'plan_appendix' THEN 3 ELSE 4 END AS origin_rank,
               coalesce(d.issued_on, make_date(coalesce(d.year, 1900), 12, 31)) AS doc_date
        FROM raw_observations o
        JOIN raw_documents d USING (source_file)
    )
    SELECT unit, unit_kind, province, year, index_code, criterion,
           arg_min({'v': value_pct, 'd': is_derived, 'o': origin, 'f': source_file, 'l': source_line, 't': source_text},
                   (is_derived, origin_rank, -epoch(doc_date), source_file, source_line, seq)) FILTER (WHERE value_pct IS NOT NULL) AS best_value,
           arg_min({'r': rank, 'of': rank_of, 'd': is_derived, 'f': source_file, 'l': source_line, 't': source_text},
                   (is_derived, origin_rank, -epoch(doc_date), source_file, source_line, seq)) FILTER (WHERE rank IS NOT NULL) AS best_rank,
           arg_min({'rc': rank_change, 'vc': value_change},
                   (origin_rank, -epoch(doc_date), source_file, source_line, seq)) FILTER (WHERE rank_change IS NOT NULL OR value_change IS NOT NULL) AS best_statement,
           count(DISTINCT value_pct) AS n_values, count(DISTINCT source_file) AS n_sources
    FROM ranked
    GROUP BY ALL
)
