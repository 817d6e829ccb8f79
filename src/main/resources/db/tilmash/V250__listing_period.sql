-- How many articles each listing holds per calendar month and per day (UTC), per language and section: the language's
-- own and all listed ones including fallbacks. A period is a month as the number yyyymm or a day as yyyymmdd. A page
-- typed by its number deep in the archive skips whole months, then whole days, by these counts, and walks the
-- listing's index only within the day where it starts, so its cost no longer grows with its depth. Maintained with
-- the listing entries; filled from them at the first start after this migration.
create table tilmash_listing_period (
    language        varchar(16) not null,
    section_id      bigint      not null references tilmash_section (id),
    period          integer     not null,
    published_count integer     not null,
    listed_count    integer     not null,
    primary key (language, period, section_id)
);

-- The listings' state has its row from the start, with chains no configuration has: the first start rebuilds the
-- listings as before, and instances starting at once lock the row and check it one after the other, never both.
insert into tilmash_listing_state (id, chains) select 1, '' where not exists (select 1 from tilmash_listing_state);
