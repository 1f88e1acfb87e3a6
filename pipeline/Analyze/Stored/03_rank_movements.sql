-- Grain: one row per unit, province, index, criterion and year with a resolved rank.
-- The stored copy of rank_movements_live, ordered so that rows read together sit together.
CREATE OR REPLACE TABLE rank_movements_store AS
SELECT * FROM rank_movements_live ORDER BY province, unit_kind, unit, index_code, criterion, year
