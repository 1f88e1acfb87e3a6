-- Grain: one row per resolved unit, province, year, index and criterion, with everything known about it: value and
-- The stored copy of criterion_status_live, ordered so that rows read together sit together.
CREATE OR REPLACE TABLE criterion_status_store AS
SELECT * FROM criterion_status_live ORDER BY province, unit_kind, unit, index_code, criterion, year
