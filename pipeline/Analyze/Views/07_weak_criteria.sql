-- Grain: one row per unit, province, index, year and criterion that is weak for at least one reason, by severity.
-- The public view: weak_criteria_live as stored after the last ingest (data_version tells which change it reflects).
CREATE OR REPLACE VIEW weak_criteria AS SELECT * FROM weak_criteria_store ORDER BY severity DESC, unit, criterion
