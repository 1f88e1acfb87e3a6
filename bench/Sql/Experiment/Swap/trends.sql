-- Grain: as view trends; it now reads its stored table, so the views built on it read stored rows too.
CREATE OR REPLACE VIEW trends AS SELECT * FROM trends_stored
