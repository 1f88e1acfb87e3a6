-- Grain: one row per row of raw_tasks, written as CSV with a header to the bound path (the read_csv reference's input).
COPY raw_tasks TO $1 (FORMAT CSV, HEADER)
