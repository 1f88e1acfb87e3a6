-- Grain: at most one row: what the database holds. 'sample': the synthetic generator's sample database (bench sample),
-- whose documents are all synthetic; no row (or 'real'): real documents only. The two are never mixed (SampleData).
CREATE TABLE IF NOT EXISTS database_kind (
    kind VARCHAR NOT NULL CHECK (kind IN ('real', 'sample'))
)
