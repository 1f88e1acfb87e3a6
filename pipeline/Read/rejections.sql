-- grain: one row per error that kept a document out of the database, with its file, line and reason
select source_file, line, message, text
from rejections
order by source_file, line
