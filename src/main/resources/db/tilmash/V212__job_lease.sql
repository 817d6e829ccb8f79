-- Background jobs that must run on one instance at a time (imports): a row per job names the instance holding it and
-- until when, by the database's clock. A holder renews its lease while it works; an instance that dies stops renewing,
-- and once the lease has run out another instance may take the job.
create table tilmash_job_lease (
    job         varchar(100) primary key,
    holder      varchar(200) not null,
    lease_until timestamp(6) with time zone not null
);
