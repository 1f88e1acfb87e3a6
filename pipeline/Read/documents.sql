-- grain: one row per ingested document; $1 source_file (NULL = every document)
-- indices .. last_year: what the document's figures cover, to name a document that names itself nowhere (a compiled
-- results table has no number, issuer or date: "Bảng kết quả SIPAS các tỉnh, thành phố, 2017–2024").
select d.source_file, d.kind, d.issuer, d.province, d.year, d.number, d.issued_on,
       s.indices, s.unit_kinds, s.provinces, s.first_year, s.last_year
from documents d
left join (
    select source_file,
           list(distinct index_code order by index_code) as indices,
           list(distinct unit_kind order by unit_kind) as unit_kinds,
           list(distinct province order by province) filter (where province is not null) as provinces,
           min(year) as first_year, max(year) as last_year
    from observations
    where $1::VARCHAR is null or source_file = $1::VARCHAR
    group by source_file
) s using (source_file)
where $1::VARCHAR is null or d.source_file = $1::VARCHAR
order by d.source_file
