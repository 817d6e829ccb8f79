-- Run against a scratch PostgreSQL database migrated by Tilmash (e.g. tilmash_bench), not production:
--   psql -h 127.0.0.1 -U postgres -d tilmash_bench -f bench/explain-listing.sql
-- Generates 100 000 listing entries for an extra language 'zz' inside a transaction that is rolled back.
begin;
insert into tilmash_section (slug, position) values ('bench', 99);
insert into tilmash_article (section_id, source_language, author, created_at, updated_at)
select (select id from tilmash_section where slug = 'bench'), 'en', 'bench', now(), now() from generate_series(1, 100000);
insert into tilmash_article_version (article_id, section_id, language, state, outdated, slug, published_at, state_changed_at,
                             state_changed_by, version)
select a.id, a.section_id, 'zz', 'PUBLISHED', false, 'bench-' || a.id, now() - (a.id || ' minutes')::interval, now(),
       'bench', 0
from tilmash_article a where a.author = 'bench';
insert into tilmash_listing_entry (language, article_id, section_id, version_id, published_at, fallback)
select 'zz', v.article_id, v.section_id, v.id, v.published_at, false from tilmash_article_version v where v.language = 'zz';
analyze listing_entry;
explain (analyze, buffers, costs off)
select e.article_id from tilmash_listing_entry e where e.language = 'zz' and e.fallback in (false, true)
order by e.published_at desc, e.article_id desc offset 0 limit 10;
explain (analyze, buffers, costs off)
select e.article_id from tilmash_listing_entry e where e.language = 'zz' and e.fallback in (false, true)
order by e.published_at desc, e.article_id desc offset 49990 limit 10;
rollback;
