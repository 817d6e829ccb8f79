-- The migration module's memory of what it imported from another site (Joomla, WordPress): which of our articles and
-- sections each old item became, a checksum of what the item said when it was imported (a re-run updates only what
-- changed and creates nothing twice), and what old URLs need to find their new address.

-- One row per old item (a Joomla article or category, a WordPress post, page or category).
create table migration_source_item (
    source      varchar(16)  not null,
    kind        varchar(16)  not null,
    old_id      bigint       not null,
    alias       varchar(400) not null,
    language    varchar(16)  not null,
    target_id   bigint       not null,
    checksum    varchar(64)  not null,
    imported_at timestamp    not null,
    primary key (source, kind, old_id)
);
create index ix_migration_source_item_alias on migration_source_item (source, kind, alias);
create index ix_migration_source_item_target on migration_source_item (kind, target_id);

-- Images brought into an article's gallery, by their path on the old site, so a re-run reuses them.
create table migration_image (
    article_id bigint        not null,
    path       varchar(1000) not null,
    image_id   bigint        not null,
    primary key (article_id, path)
);

-- Old addresses that are not items: Joomla menu paths (with their language prefix, e.g. en/news/politics) and the
-- language prefixes themselves, each with what it led to on the old site.
create table migration_legacy_path (
    source   varchar(16)   not null,
    path     varchar(1000) not null,
    language varchar(16)   not null,
    kind     varchar(16)   not null,
    old_id   bigint,
    primary key (source, path)
);
