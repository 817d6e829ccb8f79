-- The article's original-language revision a translation ultimately rests on, when it was translated through
-- another language (Kyrgyz from Russian from English): a change of the original outdates it too.
alter table article_version add column root_source_revision_id bigint references revision (id);
update article_version set root_source_revision_id = source_revision_id where source_revision_id is not null;
