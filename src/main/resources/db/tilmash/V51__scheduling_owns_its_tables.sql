-- A waiting approval names its article and language itself, so the workflow's queries never join content's tables.
alter table scheduled_publication add column article_id bigint;
alter table scheduled_publication add column language varchar(16);
update scheduled_publication
   set article_id = (select v.article_id from article_version v where v.id = scheduled_publication.version_id),
       language = (select v.language from article_version v where v.id = scheduled_publication.version_id);
alter table scheduled_publication alter column article_id set not null;
alter table scheduled_publication alter column language set not null;
create index ix_scheduled_release on scheduled_publication (release_id, article_id, language);
