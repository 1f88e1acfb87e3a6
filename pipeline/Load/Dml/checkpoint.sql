-- Grain: none; writes what the write-ahead log holds into the database file (run after the schema is brought up to date).
CHECKPOINT
