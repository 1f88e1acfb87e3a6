-- Grain: as view resolved; it now reads its stored table, so the views built on it read stored rows too.
CREATE OR REPLACE VIEW resolved AS SELECT * FROM resolved_stored
