-- The lead image of an article: one image of its gallery, shown above the article, beside it in listings and in
-- Open Graph. Like the order and the texts, readers see the lead a reviewer approved with the version.
alter table media_image add column lead_image boolean default false not null;
alter table media_published_image add column lead_image boolean default false not null;
