-- grain: one row per ingested document; $1 source_file (NULL = every document)
select source_file, kind, issuer, province, year, number, issued_on
from documents
where $1::VARCHAR is null or source_file = $1::VARCHAR
order by source_file
