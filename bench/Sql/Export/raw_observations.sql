-- Grain: one row per row of raw_observations, written as CSV with a header to the bound path (the read_csv reference's input).
COPY raw_observations TO $1 (FORMAT CSV, HEADER)
