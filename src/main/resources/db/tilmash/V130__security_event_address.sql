-- The client address of sign-in attempts, so the throttle can limit one address across all account names
-- without locking an account for everyone else.
alter table security_event add column address varchar(64);

create index ix_security_event_address on security_event (address, kind, occurred_at);
