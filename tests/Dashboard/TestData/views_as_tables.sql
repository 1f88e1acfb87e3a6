-- The database's public views (common.md contract) created as plain TABLES, so the dashboard's tests can insert
-- a few rows of their own without waiting for the ingestion and the analytics views. One statement each.
create table documents (source_file VARCHAR, sha256 VARCHAR, kind VARCHAR, issuer VARCHAR, province VARCHAR,
    year INTEGER, number VARCHAR, issued_on DATE);
create table observations (unit VARCHAR, unit_kind VARCHAR, province VARCHAR, year INTEGER, index_code VARCHAR,
    criterion VARCHAR, value_pct DECIMAL(6,2), rank INTEGER, rank_of INTEGER, rank_change INTEGER, is_derived BOOLEAN,
    source_file VARCHAR, source_line INTEGER, source_text VARCHAR, source_page INTEGER, ocr_confidence DECIMAL(5,2),
    source_note VARCHAR);
create table targets (unit VARCHAR, unit_kind VARCHAR, province VARCHAR, year INTEGER, index_code VARCHAR,
    criterion VARCHAR, target_pct DECIMAL(6,2), source_file VARCHAR, source_line INTEGER, source_text VARCHAR,
    set_by VARCHAR, source_page INTEGER, ocr_confidence DECIMAL(5,2));
create table tasks (source_file VARCHAR, unit VARCHAR, province VARCHAR, plan_year INTEGER, section VARCHAR,
    criteria VARCHAR[], description VARCHAR, lead_unit VARCHAR, partners VARCHAR, timeline VARCHAR,
    expected_result VARCHAR, source_line INTEGER, index_code VARCHAR, source_text VARCHAR);
create table conflicts (unit VARCHAR, province VARCHAR, year INTEGER, index_code VARCHAR, criterion VARCHAR,
    value_pcts DECIMAL(6,2)[], source_files VARCHAR[]);
create table trends (unit VARCHAR, unit_kind VARCHAR, province VARCHAR, index_code VARCHAR, criterion VARCHAR,
    year INTEGER, value_pct DECIMAL(6,2), prev_year INTEGER, prev_value_pct DECIMAL(6,2), change_pp DECIMAL(6,2),
    series_break BOOLEAN, break_note VARCHAR, value_is_derived BOOLEAN, source_file VARCHAR, source_line INTEGER, source_text VARCHAR);
create table rank_movements (unit VARCHAR, unit_kind VARCHAR, province VARCHAR, index_code VARCHAR,
    criterion VARCHAR, year INTEGER, rank INTEGER, rank_of INTEGER, prev_rank INTEGER, movement INTEGER,
    stated_movement INTEGER, agrees BOOLEAN, source_file VARCHAR, source_line INTEGER, source_text VARCHAR,
    rank_is_derived BOOLEAN);
create table gaps (unit VARCHAR, unit_kind VARCHAR, province VARCHAR, index_code VARCHAR, criterion VARCHAR,
    year INTEGER, value_pct DECIMAL(6,2), gap_to_90 DECIMAL(6,2), target_pct DECIMAL(6,2), gap_to_target DECIMAL(6,2),
    meets_90 BOOLEAN, meets_target BOOLEAN, target_set_by VARCHAR, target_source_file VARCHAR,
    target_source_line INTEGER, target_source_text VARCHAR, source_file VARCHAR, source_line INTEGER, source_text VARCHAR);
create table peer_comparison (unit VARCHAR, unit_kind VARCHAR, province VARCHAR, index_code VARCHAR,
    criterion VARCHAR, year INTEGER, value_pct DECIMAL(6,2), peer_avg DECIMAL(6,2), peer_best DECIMAL(6,2),
    peer_worst DECIMAL(6,2), peer_n BIGINT, rank_in_peers BIGINT, peer_group VARCHAR, peer_key VARCHAR,
    source_file VARCHAR, source_line INTEGER, source_text VARCHAR);
create table weak_criteria (unit VARCHAR, unit_kind VARCHAR, province VARCHAR, index_code VARCHAR, year INTEGER,
    criterion VARCHAR, value_pct DECIMAL(6,2), gap_to_90 DECIMAL(6,2), change_pp DECIMAL(6,2), movement INTEGER,
    reasons VARCHAR[], severity DOUBLE, source_file VARCHAR, source_line INTEGER, source_text VARCHAR);
create table warnings (source_file VARCHAR, line INTEGER, message VARCHAR, text VARCHAR);
create table rejections (source_file VARCHAR, sha256 VARCHAR, line INTEGER, message VARCHAR, text VARCHAR, path VARCHAR,
    recorded_at TIMESTAMP);

-- The data version each page reads first (Load/Schema/08_data_version.sql); this data never changes.
CREATE TABLE data_version (generation BIGINT NOT NULL, analytics_generation BIGINT, analytics_sql VARCHAR, analytics_at TIMESTAMP);
INSERT INTO data_version (generation, analytics_generation) VALUES (0, 0);

-- task_criteria (Load/Views/08_task_criteria.sql) over the tasks table: only the criteria the documents state here
-- (the table has no seq: the line stands in for it).
CREATE VIEW task_criteria AS SELECT t.*, t.source_line AS seq, unnest(t.criteria) AS criterion, 'document' AS linked_by, NULL::DOUBLE AS confidence FROM tasks t;

-- criterion_status (Analyze/Live/06_criterion_status.sql) over the tables above: one row per figure with a value or a
-- rank, joined as the product joins them (the conflicts table marks has_conflict).
CREATE VIEW criterion_status AS
WITH keys AS (
    SELECT unit, unit_kind, province, index_code, criterion, year FROM gaps
    UNION
    SELECT unit, unit_kind, province, index_code, criterion, year FROM rank_movements
)
SELECT k.*, g.value_pct, coalesce(t.value_is_derived, false) AS value_is_derived, t.prev_year, t.prev_value_pct, t.change_pp,
       coalesce(t.series_break, false) AS series_break, t.break_note,
       r.rank, r.rank_of, r.prev_rank, coalesce(r.movement, r.stated_movement) AS movement, r.movement AS computed_movement,
       r.stated_movement, r.agrees, g.gap_to_90, g.target_pct, g.gap_to_target, g.meets_90, g.meets_target, g.target_set_by,
       p.peer_avg, p.peer_best, p.peer_worst, p.peer_n, p.rank_in_peers, p.peer_group, c.unit IS NOT NULL AS has_conflict,
       coalesce(g.source_file, r.source_file) AS source_file, coalesce(g.source_line, r.source_line) AS source_line,
       coalesce(g.source_text, r.source_text) AS source_text,
       coalesce(r.rank_is_derived, false) AS rank_is_derived,
       r.source_file AS rank_source_file, r.source_line AS rank_source_line, r.source_text AS rank_source_text,
       g.target_source_file, g.target_source_line, g.target_source_text
FROM keys k
LEFT JOIN gaps g ON g.unit = k.unit AND g.unit_kind = k.unit_kind AND g.province IS NOT DISTINCT FROM k.province
      AND g.index_code = k.index_code AND g.criterion = k.criterion AND g.year = k.year
LEFT JOIN rank_movements r ON r.unit = k.unit AND r.unit_kind = k.unit_kind AND r.province IS NOT DISTINCT FROM k.province
      AND r.index_code = k.index_code AND r.criterion = k.criterion AND r.year = k.year
LEFT JOIN trends t ON t.unit = k.unit AND t.unit_kind = k.unit_kind AND t.province IS NOT DISTINCT FROM k.province
      AND t.index_code = k.index_code AND t.criterion = k.criterion AND t.year = k.year
LEFT JOIN peer_comparison p ON p.unit = k.unit AND p.unit_kind = k.unit_kind AND p.province IS NOT DISTINCT FROM k.province
      AND p.index_code = k.index_code AND p.criterion = k.criterion AND p.year = k.year
      AND p.peer_group IN ('province_departments', 'provinces')
LEFT JOIN (SELECT DISTINCT unit, province, year, index_code, criterion FROM conflicts) c
       ON c.unit = k.unit AND c.province IS NOT DISTINCT FROM k.province AND c.index_code = k.index_code
      AND c.criterion = k.criterion AND c.year = k.year
