-- Grain: one row per unit, province, index, year and criterion that is weak for at least one reason, by severity.
-- The stored copy of weak_criteria_live, ordered so that rows read together sit together.
CREATE OR REPLACE TABLE weak_criteria_store AS
SELECT * FROM weak_criteria_live ORDER BY severity DESC, unit, criterion
