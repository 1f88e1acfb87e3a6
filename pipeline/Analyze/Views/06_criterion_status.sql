-- Grain: one row per resolved unit, province, year, index and criterion, with everything known about it: value and
-- The public view: criterion_status_live as stored after the last ingest (data_version tells which change it reflects).
CREATE OR REPLACE VIEW criterion_status AS SELECT * FROM criterion_status_store
