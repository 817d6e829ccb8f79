-- The back office's article list sorts by the article's date, or by its creation while it is undated. Kept in a
-- column of its own, that order walks an index instead of sorting every article on every page.
alter table article add column listed_at timestamp(6) with time zone;
update article set listed_at = coalesce(dateline, created_at);
alter table article alter column listed_at set not null;
create index ix_article_listed on article (listed_at, id);
create index ix_article_updated on article (updated_at, id);
