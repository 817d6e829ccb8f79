-- What readers see of a live language version's gallery: the images, their order and their texts in that language
-- as a reviewer approved them. Gallery changes after that wait for the next approval.
create table media_published_image (
    version_id bigint        not null,
    image_id   bigint        not null references media_image (id),
    position   integer       not null,
    alt        varchar(500)  not null,
    caption    varchar(1000) not null,
    credit     varchar(200)  not null,
    primary key (version_id, image_id)
);
create index ix_media_published_image on media_published_image (image_id);
