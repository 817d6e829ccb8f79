-- Search (issue 16): the search module's own copy of what it indexes, rebuilt from content after every change the
-- workflow records, and the source of a full reindex. Hibernate Search indexes these two tables.

-- What each language's listing shows of an article (its own version or a fallback), as readers may find it.
create table search_public_entry (
    id               varchar(40)      not null primary key,
    article_id       bigint           not null,
    listing_language varchar(16)      not null,
    language         varchar(16)      not null,
    fallback         boolean          not null,
    version_id       bigint           not null,
    slug             varchar(120)     not null,
    section_id       bigint           not null,
    dateline         timestamp(6) with time zone not null,
    title            varchar(300)     not null,
    dateline_year    integer          not null,
    plain_text       varchar(1000000) not null
);
create index ix_search_public_article on search_public_entry (article_id);

-- Every version's working text, drafts included, for the back office.
create table search_editorial_entry (
    version_id bigint           not null primary key,
    article_id bigint           not null,
    language   varchar(16)      not null,
    state      varchar(20)      not null,
    section_id bigint           not null,
    title      varchar(300)     not null,
    plain_text varchar(1000000) not null,
    changed_at timestamp(6) with time zone not null
);
create index ix_search_editorial_article on search_editorial_entry (article_id);
