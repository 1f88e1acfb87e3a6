-- grain: one row per weak criterion of a unit (province $1 or any, unit $2 or any) in year $3 and index $4 and a task
-- another unit of the same province planned for that criterion in the same index (plans up to year $3 + 1; stated by
-- its document, else predicted, with linked_by and confidence), the latest plans first, the stated links before the
-- predicted ones, at most $5 per criterion; each with the plan it comes from
with
weak as (
    select unit, province, index_code, criterion
    from weak_criteria
    where ($1::VARCHAR is null or province = $1::VARCHAR) and ($2::VARCHAR is null or unit = $2::VARCHAR)
      and year = $3::INTEGER and index_code = $4::VARCHAR
),
offered as (
    select w.unit, w.province, w.index_code, w.criterion, t.unit as from_unit, t.plan_year, t.section, t.description,
           t.lead_unit, t.partners, t.timeline, t.expected_result, t.source_file, t.source_line, t.source_text,
           t.linked_by, t.confidence,
           row_number() over (partition by w.unit, w.province, w.criterion
                              order by t.plan_year desc nulls last, t.linked_by <> 'document', t.unit, t.source_file,
                                       t.source_line) as n
    from weak w
    join task_criteria t
        on t.province = w.province and t.unit <> w.unit and t.index_code = w.index_code and t.criterion = w.criterion
    where t.plan_year is null or t.plan_year <= $3::INTEGER + 1
)
select unit, province, index_code, criterion, from_unit, plan_year, section, description, lead_unit, partners,
       timeline, expected_result, source_file, source_line, source_text, linked_by, confidence
from offered
where n <= $5::INTEGER
order by unit, criterion, n
