-- grain: one row per input the ingestion refused (an error finding), with its file, line and reason
select file, line, message, text
from findings
where severity = 'error'
order by file, line
