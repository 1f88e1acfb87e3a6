-- Grain: as view weak_criteria; it now reads its stored table, so the views built on it read stored rows too.
CREATE OR REPLACE VIEW weak_criteria AS SELECT * FROM weak_criteria_stored
