-- grain: one row per figure, target or task that file $1 states at line $2 (with the page of a PDF or picture, and the
-- OCR confidence of text read by OCR)
with
figures as (
    select 'figure' as kind, unit, province, year, criterion, value_pct, source_text as text, source_page, ocr_confidence
    from observations where source_file = $1::VARCHAR and source_line = $2::INTEGER
),
goals as (
    select 'target' as kind, unit, province, year, criterion, target_pct as value_pct, source_text as text,
           source_page, ocr_confidence
    from targets where source_file = $1::VARCHAR and source_line = $2::INTEGER
),
plan_tasks as (
    select 'task' as kind, unit, province, plan_year as year, null as criterion, null as value_pct,
           description as text, null::INTEGER as source_page, null::DECIMAL(5,2) as ocr_confidence
    from tasks where source_file = $1::VARCHAR and source_line = $2::INTEGER
)
select * from figures
union all select * from goals
union all select * from plan_tasks
order by kind, unit, criterion
