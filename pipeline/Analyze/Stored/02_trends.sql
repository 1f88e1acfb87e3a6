-- Grain: one row per unit, province, index, criterion and year with a resolved value.
-- The stored copy of trends_live, ordered so that rows read together sit together.
CREATE OR REPLACE TABLE trends_store AS
SELECT * FROM trends_live ORDER BY province, unit_kind, unit, index_code, criterion, year
