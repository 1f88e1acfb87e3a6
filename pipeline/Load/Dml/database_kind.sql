-- Grain: one row per mark the database carries (at most one): 'sample' or 'real'.
SELECT kind FROM database_kind
