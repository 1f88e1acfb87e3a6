-- Grain: one row: the number of rows of {relation}. {relation} is replaced by a name from ViewsJob's fixed list
-- (identifiers cannot be bound parameters); no user text ever reaches it.
SELECT count(*) AS n FROM {relation}
