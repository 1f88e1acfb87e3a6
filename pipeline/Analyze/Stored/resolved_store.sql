-- Grain: one row per unit, province, year, index and criterion (resolved_live, stored; ordered so that a province's rows
-- sit together and a filter on province or unit reads few blocks).
CREATE OR REPLACE TABLE resolved_store AS
SELECT * FROM resolved_live ORDER BY province, unit_kind, unit, index_code, criterion, year
