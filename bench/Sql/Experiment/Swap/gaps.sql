-- Grain: as view gaps; it now reads its stored table, so the views built on it read stored rows too.
CREATE OR REPLACE VIEW gaps AS SELECT * FROM gaps_stored
