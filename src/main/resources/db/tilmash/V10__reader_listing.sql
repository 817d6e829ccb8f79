-- What readers of each language see listed: one row per language and article, pointing at the version shown there
-- (the article's own version in that language, or the first live one along the language's fallback chain).
-- Maintained on publish and unpublish, so listing pages are one indexed range read and never count or sort.
create table listing_entry (
    language     varchar(16) not null,
    article_id   bigint      not null references article (id),
    section_id   bigint      not null references section (id),
    version_id   bigint      not null references article_version (id),
    published_at timestamp(6) with time zone not null,
    fallback     boolean     not null,
    primary key (language, article_id)
);

create index ix_listing_language on listing_entry (language, published_at, article_id);
create index ix_listing_section on listing_entry (language, section_id, published_at, article_id);
create index ix_listing_version on listing_entry (version_id);

-- Articles listed per section and language including fallbacks; published_count keeps the language's own.
alter table section_counter add column listed_count integer default 0 not null;

-- The fallback chains the listing was built with; a change of configuration rebuilds it at start-up.
create table listing_state (
    id     integer       not null primary key,
    chains varchar(4000) not null
);
