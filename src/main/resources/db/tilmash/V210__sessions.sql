-- Sessions of signed-in users, shared by every instance on this database (Spring Session JDBC, table name
-- spring.session.jdbc.table-name = tilmash_session). bytea is PostgreSQL's binary type; H2 knows it by that name too.
create table tilmash_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint tilmash_session_pk primary key (primary_id)
);
create unique index tilmash_session_ix1 on tilmash_session (session_id);
create index tilmash_session_ix2 on tilmash_session (expiry_time);
create index tilmash_session_ix3 on tilmash_session (principal_name);

create table tilmash_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint tilmash_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint tilmash_session_attributes_fk foreign key (session_primary_id)
        references tilmash_session (primary_id) on delete cascade
);
