-- The database's public views (common.md contract) created as plain TABLES, so the dashboard's tests can insert
-- a few rows of their own without waiting for the ingestion and the analytics views. One statement each.
create table documents (source_file VARCHAR, sha256 VARCHAR, kind VARCHAR, issuer VARCHAR, province VARCHAR,
    year INTEGER, number VARCHAR, issued_on DATE);
create table observations (unit VARCHAR, unit_kind VARCHAR, province VARCHAR, year INTEGER, index_code VARCHAR,
    criterion VARCHAR, value_pct DECIMAL(6,2), rank INTEGER, rank_of INTEGER, rank_change INTEGER, is_derived BOOLEAN,
    source_file VARCHAR, source_line INTEGER, source_text VARCHAR, source_page INTEGER, ocr_confidence DECIMAL(5,2));
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
