-- An archive of :articles published articles, each in all eight languages (English source, seven translations), with
-- their revisions, listing entries, section counters and listing periods, written straight into a scratch PostgreSQL
-- database migrated by Tilmash (never production): psql -v articles=100000 -d tilmash_bench_memory -f bench/generate-archive.sql
-- Articles get a minute each from 2020-01-01, spread over the existing sections. The search index is not fed (run the
-- jar once with --reindex for that).
\set ON_ERROR_STOP on
begin;
create temporary table bench_language (code varchar(16), position int) on commit drop;
insert into bench_language values ('en', 0), ('ru', 1), ('kk', 2), ('ky', 3), ('tg', 4), ('tk', 5), ('uz', 6), ('az', 7);
create temporary table bench_section on commit drop as
  select id, row_number() over (order by position) - 1 as position, count(*) over () as sections from tilmash_section;

insert into tilmash_article (section_id, source_language, author, created_at, updated_at, dateline, listed_at)
select s.id, 'en', 'bench', t, t, t, t
from generate_series(1, :articles) n
cross join lateral (select timestamptz '2020-01-01 00:00:00+00' + n * interval '1 minute' as t) time
join bench_section s on s.position = n % s.sections;

insert into tilmash_article_version (article_id, section_id, language, state, outdated, slug, published_at,
                                     state_changed_at, state_changed_by, version)
select a.id, a.section_id, l.code, 'PUBLISHED', false, 'bench-article-' || a.id, a.dateline, a.dateline, 'bench', 1
from tilmash_article a cross join bench_language l where a.author = 'bench';

insert into tilmash_revision (version_id, number, title, intro, body, author, created_at, byline)
select v.id, 1,
       'Bench article ' || v.article_id || ' (' || v.language || ')',
       'The intro of bench article ' || v.article_id || ', as a reader sees it in the listing.',
       repeat('<p>A paragraph of the body of bench article ' || v.article_id || ', long enough to look like news. '
              || 'Water, roads, trade and weather across the region.</p>', 8),
       'bench', v.published_at, 'Bench Desk'
from tilmash_article_version v where v.state_changed_by = 'bench';

update tilmash_article_version v set working_revision_id = r.id, published_revision_id = r.id
from tilmash_revision r where r.version_id = v.id and v.state_changed_by = 'bench';
update tilmash_article_version v set source_revision_id = s.published_revision_id,
                                     root_source_revision_id = s.published_revision_id
from tilmash_article_version s
where s.article_id = v.article_id and s.language = 'en' and v.language <> 'en' and v.state_changed_by = 'bench';

insert into tilmash_listing_entry (language, article_id, section_id, version_id, fallback, dateline)
select v.language, v.article_id, v.section_id, v.id, false, v.published_at
from tilmash_article_version v where v.state_changed_by = 'bench';

delete from tilmash_section_counter;
insert into tilmash_section_counter (section_id, language, published_count, listed_count)
select section_id, language, count(*) filter (where not fallback), count(*)
from tilmash_listing_entry group by section_id, language;

-- The counts per day and month a page found by its number skips by, as ListingPeriodRepository computes them.
delete from tilmash_listing_period;
insert into tilmash_listing_period (language, section_id, period, published_count, listed_count)
select language, section_id, period, count(*) filter (where not fallback), count(*)
from (select language, section_id, fallback,
             cast(extract(year from dateline at time zone 'UTC') * 10000 + extract(month from dateline at time zone 'UTC') * 100
                  + extract(day from dateline at time zone 'UTC') as integer) as period
      from tilmash_listing_entry) e
group by language, section_id, period;
insert into tilmash_listing_period (language, section_id, period, published_count, listed_count)
select language, section_id, period / 100, sum(published_count), sum(listed_count)
from tilmash_listing_period group by language, section_id, period / 100;
commit;
analyze;
