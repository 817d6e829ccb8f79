-- Spring Modulith's event publication registry (schema v2): an event whose listeners have not all completed stays
-- here and is resubmitted on restart.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(20000) not null,
    publication_date       timestamp(6) with time zone not null,
    completion_date        timestamp(6) with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp(6) with time zone
);
create index ix_event_publication_listener on event_publication (listener_id);
create index ix_event_publication_completion on event_publication (completion_date);
