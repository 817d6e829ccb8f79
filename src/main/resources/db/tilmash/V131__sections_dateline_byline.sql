-- Portable SQL: runs unchanged on H2 and PostgreSQL.

-- The article's date as readers see it, shared by all its language versions: what listings, feeds, the sitemap and
-- prev/next sort by. Editors may set it (a past date for migrated news); left open, the first publication sets it.
-- Each version keeps its own first publication time (article_version.published_at) for the audit trail.
alter table article add column dateline timestamp(6) with time zone;
update article set dateline = (select min(v.published_at) from article_version v where v.article_id = article.id);

-- Listings sort by the dateline from now on. Emptied here and rebuilt at start-up (listing_state has no row).
delete from listing_entry;
delete from section_counter;
delete from listing_state;
drop index ix_listing_language;
drop index ix_listing_section;
alter table listing_entry drop column published_at;
alter table listing_entry add column dateline timestamp(6) with time zone not null;
create index ix_listing_language on listing_entry (language, dateline, article_id);
create index ix_listing_section on listing_entry (language, section_id, dateline, article_id);

-- A byline per language ("Press service"), part of the reviewed text of each revision.
alter table revision add column byline varchar(200) default '' not null;

-- Sections: a slug per language (section.slug stays the slug of languages without one), the slugs they had before
-- (still redirecting), archiving (hidden from readers, articles kept) and merging (the merged section redirects).
alter table section add column archived boolean default false not null;
alter table section add column merged_into bigint references section (id);

create table section_slug (
    section_id bigint      not null references section (id),
    language   varchar(16) not null,
    slug       varchar(80) not null,
    primary key (section_id, language),
    constraint uk_section_slug_language unique (language, slug)
);

create table section_former_slug (
    language   varchar(16) not null,
    slug       varchar(80) not null,
    section_id bigint      not null references section (id),
    primary key (language, slug)
);

-- A fresh install has one section, so its first article can be saved.
insert into section (slug, position, archived) select 'news', 0, false where not exists (select 1 from section);
insert into section_name (section_id, language, name)
    select s.id, n.language, n.name from section s,
        (select 'en' as language, 'News' as name union all
         select 'ru', 'Новости' union all
         select 'kk', 'Жаңалықтар' union all
         select 'ky', 'Жаңылыктар' union all
         select 'tg', 'Ахбор' union all
         select 'tk', 'Habarlar' union all
         select 'uz', 'Yangiliklar' union all
         select 'az', 'Xəbərlər') n
    where s.slug = 'news' and not exists (select 1 from section_name x where x.section_id = s.id);
