-- Values of the article fields a host application defines (ArticleField beans): one row per article and field, shared
-- by all language versions. Dates are stored as ISO dates, countries by their ISO 3166 code.
create table tilmash_article_field (
    article_id  bigint       not null references tilmash_article (id) on delete cascade,
    field_key   varchar(60)  not null,
    field_value varchar(200) not null,
    primary key (article_id, field_key)
);
