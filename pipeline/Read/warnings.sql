-- grain: one row per warning about a loaded document: a row kept out, a value read with care, with file and line
select source_file, line, message, text
from warnings
order by source_file, line
