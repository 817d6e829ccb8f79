-- Notifications name the article and language they concern instead of a back-office URL, so stored messages
-- survive changes of the back office's paths. Links of existing rows have the form /admin/articles/{id}/{lang}.
alter table notification add column article_id bigint;
update notification
   set article_id = cast(substring(link from 17 for position('/' in substring(link from 17)) - 1) as bigint);
alter table notification alter column article_id set not null;
alter table notification drop column link;
