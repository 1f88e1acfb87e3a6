-- Grain: every row and column of {relation} (a name from ViewsJob's fixed list), read through the binding as a page would.
SELECT * FROM {relation}
