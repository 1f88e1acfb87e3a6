-- The analytic views the export reads, as plain tables with the contract's columns (common.md), for given/expect
-- tests of pipeline/Export/*.sql without the rest of the pipeline.
CREATE TABLE trends (unit VARCHAR, unit_kind VARCHAR, province VARCHAR, index_code VARCHAR, criterion VARCHAR, year INTEGER,
    value_pct DECIMAL(6,2), prev_year INTEGER, prev_value_pct DECIMAL(6,2), change_pp DECIMAL(6,2),
    source_file VARCHAR, source_line INTEGER, source_text VARCHAR, value_is_derived BOOLEAN);
CREATE TABLE rank_movements (unit VARCHAR, unit_kind VARCHAR, province VARCHAR, index_code VARCHAR, criterion VARCHAR,
    year INTEGER, rank INTEGER, rank_of INTEGER, prev_rank INTEGER, movement INTEGER, stated_movement INTEGER, agrees BOOLEAN,
    source_file VARCHAR, source_line INTEGER, source_text VARCHAR, rank_is_derived BOOLEAN);
CREATE TABLE gaps (unit VARCHAR, unit_kind VARCHAR, province VARCHAR, index_code VARCHAR, criterion VARCHAR, year INTEGER,
    value_pct DECIMAL(6,2), gap_to_90 DECIMAL(6,2), target_pct DECIMAL(6,2), gap_to_target DECIMAL(6,2), meets_90 BOOLEAN,
    meets_target BOOLEAN, target_source_file VARCHAR, source_file VARCHAR, source_line INTEGER, source_text VARCHAR);
CREATE TABLE peer_comparison (unit VARCHAR, unit_kind VARCHAR, province VARCHAR, index_code VARCHAR, criterion VARCHAR,
    year INTEGER, value_pct DECIMAL(6,2), peer_avg DECIMAL(6,2), peer_best DECIMAL(6,2), peer_worst DECIMAL(6,2),
    peer_n BIGINT, rank_in_peers BIGINT, peer_group VARCHAR, source_file VARCHAR, source_line INTEGER, source_text VARCHAR);
CREATE TABLE weak_criteria (unit VARCHAR, unit_kind VARCHAR, province VARCHAR, index_code VARCHAR, year INTEGER,
    criterion VARCHAR, value_pct DECIMAL(6,2), gap_to_90 DECIMAL(6,2), change_pp DECIMAL(6,2), movement INTEGER,
    reasons VARCHAR[], severity DOUBLE, source_file VARCHAR, source_line INTEGER, source_text VARCHAR);
CREATE TABLE documents (source_file VARCHAR, sha256 VARCHAR, kind VARCHAR, issuer VARCHAR, province VARCHAR, year INTEGER,
    number VARCHAR, issued_on DATE);
