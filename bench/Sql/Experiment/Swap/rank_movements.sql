-- Grain: as view rank_movements; it now reads its stored table, so the views built on it read stored rows too.
CREATE OR REPLACE VIEW rank_movements AS SELECT * FROM rank_movements_stored
