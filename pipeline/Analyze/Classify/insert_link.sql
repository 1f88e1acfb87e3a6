-- grain: one row: task ($1, $2) predicted to serve criterion $3 by method $4 with confidence $5, at generation $6.
insert into task_links (source_file, seq, criterion, method, confidence, generation)
values ($1::VARCHAR, $2::INTEGER, $3::VARCHAR, $4::VARCHAR, $5::DOUBLE, $6::BIGINT)
