-- grain: one row per task of unit $1 (province $2) in its plan for year $3 and index $4, and a criterion it serves
-- (stated by the document, or predicted with linked_by and confidence), in the plan's order
with
planned as (
    select unit, province, index_code, unit as from_unit, plan_year, criterion, linked_by, confidence, section, description,
           lead_unit, partners, timeline, expected_result, source_file, source_line, source_text
    from task_criteria
    where unit = $1::VARCHAR and province is not distinct from $2::VARCHAR
      and plan_year = $3::INTEGER and index_code = $4::VARCHAR
)
select * from planned
order by source_file, source_line, criterion
