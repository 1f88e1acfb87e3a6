-- grain: one row per source line (file, line) whose figures or targets were read by OCR with a confidence below $1
-- (the lowest confidence of its lines). A source's own remark on a row is read by source_notes.sql.
with
read_by_ocr as (
    select source_file, source_line, ocr_confidence from observations where ocr_confidence is not null
    union all
    select source_file, source_line, ocr_confidence from targets where ocr_confidence is not null
)
select source_file, source_line, min(ocr_confidence) as ocr_confidence
from read_by_ocr
where ocr_confidence < $1
group by source_file, source_line
order by source_file, source_line
