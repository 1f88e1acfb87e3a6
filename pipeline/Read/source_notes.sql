-- grain: one row per source line (file, line) its source remarks on (a results table's `notes` or 'Ghi chú', verbatim):
-- what the pipeline stores of a source's own doubt besides OCR (uncertain_sources.sql); the glossary reads the remark.
select distinct source_file, source_line, source_note
from observations
where source_note is not null
order by source_file, source_line
