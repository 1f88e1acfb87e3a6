-- Grain: one row per unit, province, index, criterion and year with a resolved value.
-- The stored copy of gaps_live, ordered so that rows read together sit together.
CREATE OR REPLACE TABLE gaps_store AS
SELECT * FROM gaps_live ORDER BY province, unit_kind, unit, index_code, criterion, year
