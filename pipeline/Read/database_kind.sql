-- grain: one row per mark the database carries (at most one): 'sample' (the synthetic generator's data) or 'real'
SELECT kind FROM database_kind
