-- Imports started from the back office: their progress and, once finished, their report (JSON), so that the import
-- page shows them whichever instance answers.
create table tilmash_import_run (
    id varchar(36) not null primary key,
    dry_run boolean not null,
    started_by varchar(255) not null,
    started_at timestamp not null,
    done_items bigint not null,
    total_items bigint not null,
    report text
);
