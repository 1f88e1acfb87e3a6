-- Grain: one row per unit, province, year, index and criterion: the value and the rank to use, each from its best source.
-- The stored copy of resolved_live, ordered so that rows read together sit together.
CREATE OR REPLACE TABLE resolved_store AS
SELECT * FROM resolved_live ORDER BY province, unit_kind, unit, index_code, criterion, year
