-- Grain: one row per plan task; criteria as a list of canonical keys.
CREATE OR REPLACE VIEW tasks AS
SELECT source_file, unit, province, plan_year, section,
       criteria,
       description, lead_unit, partners, timeline, expected_result, source_line,
       index_code, source_text, seq
FROM raw_tasks
