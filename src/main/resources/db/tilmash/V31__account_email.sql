-- Where notifications are mailed when SMTP is configured; optional.
alter table user_account add column email varchar(200);
