package org.tilmash.migration;

import java.util.List;

/**
 * Our own DDL for the Joomla tables the importer reads, with the columns and types of Joomla's published schemas
 * ({@code installation/sql/mysql} and {@code installation/sql/postgresql} of joomla-cms): 3.x with its zero dates
 * ({@code 0000-00-00} in MySQL, {@code 1970-01-01} in PostgreSQL) and {@code NOT NULL} date columns, 4.x with nullable
 * dates and without {@code xreference}, and 5.x, which did not change these tables since 4.x. Only the tables and
 * columns the importer reads or that must be filled are here; indexes are Joomla's where they shape the data.
 */
enum JoomlaSchema {
    J3,
    J4,
    J5;

    enum Dialect {
        MYSQL,
        POSTGRESQL
    }

    boolean zeroDates() {
        return this == J3;
    }

    /** The statements that create the tables with {@code prefix}. */
    List<String> ddl(Dialect dialect, String prefix) {
        return dialect == Dialect.MYSQL ? mysql(prefix) : postgresql(prefix);
    }

    private List<String> mysql(String p) {
        String date = zeroDates() ? "datetime NOT NULL DEFAULT '0000-00-00 00:00:00'" : "datetime NULL DEFAULT NULL";
        String required = zeroDates() ? "datetime NOT NULL DEFAULT '0000-00-00 00:00:00'" : "datetime NOT NULL";
        String unsigned = zeroDates() ? "int(10) unsigned" : "int unsigned";
        String checkedOut = zeroDates() ? "int(10) unsigned NOT NULL DEFAULT 0" : "int unsigned";
        String engine = " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
        return List.of(
                "CREATE TABLE `" + p + "languages` (`lang_id` " + unsigned + " NOT NULL AUTO_INCREMENT,"
                        + " `asset_id` " + unsigned + " NOT NULL DEFAULT 0, `lang_code` char(7) NOT NULL,"
                        + " `title` varchar(50) NOT NULL, `title_native` varchar(50) NOT NULL,"
                        + " `sef` varchar(50) NOT NULL, `image` varchar(50) NOT NULL,"
                        + " `description` varchar(512) NOT NULL, `metakey` text, `metadesc` text NOT NULL,"
                        + " `sitename` varchar(1024) NOT NULL DEFAULT '', `published` int NOT NULL DEFAULT 0,"
                        + " `access` " + unsigned + " NOT NULL DEFAULT 0, `ordering` int NOT NULL DEFAULT 0,"
                        + " PRIMARY KEY (`lang_id`), UNIQUE KEY `" + p + "idx_sef` (`sef`),"
                        + " UNIQUE KEY `" + p + "idx_langcode` (`lang_code`))" + engine,
                "CREATE TABLE `" + p + "categories` (`id` int NOT NULL AUTO_INCREMENT,"
                        + " `asset_id` " + unsigned + " NOT NULL DEFAULT 0, `parent_id` " + unsigned
                        + " NOT NULL DEFAULT 0, `lft` int NOT NULL DEFAULT 0, `rgt` int NOT NULL DEFAULT 0,"
                        + " `level` " + unsigned + " NOT NULL DEFAULT 0, `path` varchar(400) NOT NULL DEFAULT '',"
                        + " `extension` varchar(50) NOT NULL DEFAULT '', `title` varchar(255) NOT NULL DEFAULT '',"
                        + " `alias` varchar(400) NOT NULL DEFAULT '', `note` varchar(255) NOT NULL DEFAULT '',"
                        + " `description` mediumtext, `published` tinyint NOT NULL DEFAULT 0,"
                        + " `checked_out` " + checkedOut + ", `checked_out_time` " + date + ","
                        + " `access` " + unsigned + " NOT NULL DEFAULT 0, `params` text,"
                        + " `metadesc` varchar(1024) NOT NULL DEFAULT '', `metakey` varchar(1024) NOT NULL DEFAULT '',"
                        + " `metadata` varchar(2048) NOT NULL DEFAULT '', `created_user_id` " + unsigned
                        + " NOT NULL DEFAULT 0, `created_time` " + required + ", `modified_user_id` " + unsigned
                        + " NOT NULL DEFAULT 0, `modified_time` " + required + ","
                        + " `hits` " + unsigned + " NOT NULL DEFAULT 0, `language` char(7) NOT NULL DEFAULT '',"
                        + " `version` " + unsigned + " NOT NULL DEFAULT 1, PRIMARY KEY (`id`),"
                        + " KEY `" + p + "cat_idx` (`extension`,`published`,`access`))" + engine,
                "CREATE TABLE `" + p + "content` (`id` " + unsigned + " NOT NULL AUTO_INCREMENT,"
                        + " `asset_id` " + unsigned + " NOT NULL DEFAULT 0, `title` varchar(255) NOT NULL DEFAULT '',"
                        + " `alias` varchar(400) NOT NULL DEFAULT '', `introtext` mediumtext NOT NULL,"
                        + " `fulltext` mediumtext NOT NULL, `state` tinyint NOT NULL DEFAULT 0,"
                        + " `catid` " + unsigned + " NOT NULL DEFAULT 0, `created` " + required + ","
                        + " `created_by` " + unsigned + " NOT NULL DEFAULT 0,"
                        + " `created_by_alias` varchar(255) NOT NULL DEFAULT '', `modified` " + required + ","
                        + " `modified_by` " + unsigned + " NOT NULL DEFAULT 0, `checked_out` " + checkedOut + ","
                        + " `checked_out_time` " + date + ", `publish_up` " + date + ", `publish_down` " + date + ","
                        + " `images` text NOT NULL, `urls` text NOT NULL, `attribs` varchar(5120) NOT NULL,"
                        + " `version` " + unsigned + " NOT NULL DEFAULT 1, `ordering` int NOT NULL DEFAULT 0,"
                        + " `metakey` text, `metadesc` text NOT NULL, `access` " + unsigned + " NOT NULL DEFAULT 0,"
                        + " `hits` " + unsigned + " NOT NULL DEFAULT 0, `metadata` text NOT NULL,"
                        + " `featured` tinyint unsigned NOT NULL DEFAULT 0, `language` char(7) NOT NULL,"
                        + (zeroDates() ? " `xreference` varchar(50) NOT NULL DEFAULT ''," : "")
                        + " `note` varchar(255) NOT NULL DEFAULT '', PRIMARY KEY (`id`),"
                        + " KEY `" + p + "content_idx_catid` (`catid`))" + engine,
                "CREATE TABLE `" + p + "associations` (`id` int NOT NULL, `context` varchar(50) NOT NULL,"
                        + " `key` char(32) NOT NULL, PRIMARY KEY (`context`,`id`),"
                        + " KEY `" + p + "idx_key` (`key`))" + engine,
                "CREATE TABLE `" + p + "menu` (`id` int NOT NULL AUTO_INCREMENT, `menutype` varchar(24) NOT NULL,"
                        + " `title` varchar(255) NOT NULL, `alias` varchar(400) NOT NULL,"
                        + " `note` varchar(255) NOT NULL DEFAULT '', `path` varchar(1024) NOT NULL,"
                        + " `link` varchar(1024) NOT NULL, `type` varchar(16) NOT NULL,"
                        + " `published` tinyint NOT NULL DEFAULT 0, `parent_id` " + unsigned + " NOT NULL DEFAULT 1,"
                        + " `level` " + unsigned + " NOT NULL DEFAULT 0, `component_id` " + unsigned
                        + " NOT NULL DEFAULT 0, `checked_out` " + checkedOut + ", `checked_out_time` " + date + ","
                        + " `browserNav` tinyint NOT NULL DEFAULT 0, `access` " + unsigned + " NOT NULL DEFAULT 0,"
                        + " `img` varchar(255) NOT NULL DEFAULT '', `template_style_id` " + unsigned
                        + " NOT NULL DEFAULT 0, `params` text NOT NULL, `lft` int NOT NULL DEFAULT 0,"
                        + " `rgt` int NOT NULL DEFAULT 0, `home` tinyint unsigned NOT NULL DEFAULT 0,"
                        + " `language` char(7) NOT NULL DEFAULT '', `client_id` tinyint NOT NULL DEFAULT 0,"
                        + " PRIMARY KEY (`id`))" + engine,
                "CREATE TABLE `" + p + "users` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(400) NOT NULL"
                        + " DEFAULT '', `username` varchar(150) NOT NULL DEFAULT '', `email` varchar(100) NOT NULL"
                        + " DEFAULT '', `password` varchar(100) NOT NULL DEFAULT '', `block` tinyint NOT NULL"
                        + " DEFAULT 0, `registerDate` " + required + ", PRIMARY KEY (`id`))" + engine);
    }

    private List<String> postgresql(String p) {
        String nullDate = zeroDates() ? " DEFAULT '1970-01-01 00:00:00' NOT NULL" : "";
        String date = "timestamp without time zone" + nullDate;
        String required = "timestamp without time zone NOT NULL";
        String checkedOut = zeroDates() ? "integer DEFAULT 0 NOT NULL" : "integer";
        return List.of(
                "CREATE TABLE \"" + p + "languages\" (\"lang_id\" serial NOT NULL, \"asset_id\" bigint DEFAULT 0"
                        + " NOT NULL, \"lang_code\" varchar(7) NOT NULL, \"title\" varchar(50) NOT NULL,"
                        + " \"title_native\" varchar(50) NOT NULL, \"sef\" varchar(50) NOT NULL,"
                        + " \"image\" varchar(50) NOT NULL, \"description\" varchar(512) NOT NULL, \"metakey\" text,"
                        + " \"metadesc\" text NOT NULL, \"sitename\" varchar(1024) DEFAULT '' NOT NULL,"
                        + " \"published\" bigint DEFAULT 0 NOT NULL, \"access\" integer DEFAULT 0 NOT NULL,"
                        + " \"ordering\" bigint DEFAULT 0 NOT NULL, PRIMARY KEY (\"lang_id\"),"
                        + " CONSTRAINT \"" + p + "languages_idx_sef\" UNIQUE (\"sef\"))",
                "CREATE TABLE \"" + p + "categories\" (\"id\" serial NOT NULL, \"asset_id\" bigint DEFAULT 0 NOT"
                        + " NULL, \"parent_id\" integer DEFAULT 0 NOT NULL, \"lft\" bigint DEFAULT 0 NOT NULL,"
                        + " \"rgt\" bigint DEFAULT 0 NOT NULL, \"level\" integer DEFAULT 0 NOT NULL,"
                        + " \"path\" varchar(400) DEFAULT '' NOT NULL, \"extension\" varchar(50) DEFAULT '' NOT NULL,"
                        + " \"title\" varchar(255) DEFAULT '' NOT NULL, \"alias\" varchar(400) DEFAULT '' NOT NULL,"
                        + " \"note\" varchar(255) DEFAULT '' NOT NULL, \"description\" text,"
                        + " \"published\" smallint DEFAULT 0 NOT NULL, \"checked_out\" " + checkedOut + ","
                        + " \"checked_out_time\" " + date + ", \"access\" bigint DEFAULT 0 NOT NULL, \"params\" text,"
                        + " \"metadesc\" varchar(1024) DEFAULT '' NOT NULL, \"metakey\" varchar(1024) DEFAULT '' NOT"
                        + " NULL, \"metadata\" varchar(2048) DEFAULT '' NOT NULL, \"created_user_id\" integer"
                        + " DEFAULT 0 NOT NULL, \"created_time\" " + required + ", \"modified_user_id\" integer"
                        + " DEFAULT 0 NOT NULL, \"modified_time\" " + required + ", \"hits\" integer DEFAULT 0 NOT"
                        + " NULL, \"language\" varchar(7) DEFAULT '' NOT NULL, \"version\" bigint DEFAULT 1 NOT"
                        + " NULL, PRIMARY KEY (\"id\"))",
                "CREATE TABLE \"" + p + "content\" (\"id\" serial NOT NULL, \"asset_id\" bigint DEFAULT 0 NOT NULL,"
                        + " \"title\" varchar(255) DEFAULT '' NOT NULL, \"alias\" varchar(400) DEFAULT '' NOT NULL,"
                        + " \"introtext\" text NOT NULL, \"fulltext\" text NOT NULL, \"state\" smallint DEFAULT 0"
                        + " NOT NULL, \"catid\" bigint DEFAULT 0 NOT NULL, \"created\" " + required + ","
                        + " \"created_by\" bigint DEFAULT 0 NOT NULL, \"created_by_alias\" varchar(255) DEFAULT ''"
                        + " NOT NULL, \"modified\" " + required + ", \"modified_by\" bigint DEFAULT 0 NOT NULL,"
                        + " \"checked_out\" " + checkedOut + ", \"checked_out_time\" " + date + ","
                        + " \"publish_up\" " + date + ", \"publish_down\" " + date + ", \"images\" text NOT NULL,"
                        + " \"urls\" text NOT NULL, \"attribs\" varchar(5120) NOT NULL, \"version\" bigint DEFAULT 1"
                        + " NOT NULL, \"ordering\" bigint DEFAULT 0 NOT NULL, \"metakey\" text,"
                        + " \"metadesc\" text NOT NULL, \"access\" bigint DEFAULT 0 NOT NULL, \"hits\" bigint"
                        + " DEFAULT 0 NOT NULL, \"metadata\" text NOT NULL, \"featured\" smallint DEFAULT 0 NOT NULL,"
                        + " \"language\" varchar(7) DEFAULT '' NOT NULL,"
                        + (zeroDates() ? " \"xreference\" varchar(50) DEFAULT '' NOT NULL," : "")
                        + " \"note\" varchar(255) DEFAULT '' NOT NULL, PRIMARY KEY (\"id\"))",
                "CREATE TABLE \"" + p + "associations\" (\"id\" integer NOT NULL, \"context\" varchar(50) NOT NULL,"
                        + " \"key\" char(32) NOT NULL, CONSTRAINT \"" + p + "associations_idx_context_id\""
                        + " PRIMARY KEY (\"context\", \"id\"))",
                "CREATE TABLE \"" + p + "menu\" (\"id\" serial NOT NULL, \"menutype\" varchar(24) NOT NULL,"
                        + " \"title\" varchar(255) NOT NULL, \"alias\" varchar(400) NOT NULL, \"note\" varchar(255)"
                        + " DEFAULT '' NOT NULL, \"path\" varchar(1024) DEFAULT '' NOT NULL, \"link\" varchar(1024)"
                        + " NOT NULL, \"type\" varchar(16) NOT NULL, \"published\" smallint DEFAULT 0 NOT NULL,"
                        + " \"parent_id\" integer DEFAULT 1 NOT NULL, \"level\" integer DEFAULT 0 NOT NULL,"
                        + " \"component_id\" integer DEFAULT 0 NOT NULL, \"checked_out\" " + checkedOut + ","
                        + " \"checked_out_time\" " + date + ", \"browserNav\" smallint DEFAULT 0 NOT NULL,"
                        + " \"access\" bigint DEFAULT 0 NOT NULL, \"img\" varchar(255) DEFAULT '' NOT NULL,"
                        + " \"template_style_id\" integer DEFAULT 0 NOT NULL, \"params\" text NOT NULL,"
                        + " \"lft\" bigint DEFAULT 0 NOT NULL, \"rgt\" bigint DEFAULT 0 NOT NULL,"
                        + " \"home\" smallint DEFAULT 0 NOT NULL, \"language\" varchar(7) DEFAULT '' NOT NULL,"
                        + " \"client_id\" smallint DEFAULT 0 NOT NULL, PRIMARY KEY (\"id\"))",
                "CREATE TABLE \"" + p + "users\" (\"id\" serial NOT NULL, \"name\" varchar(400) DEFAULT '' NOT NULL,"
                        + " \"username\" varchar(150) DEFAULT '' NOT NULL, \"email\" varchar(100) DEFAULT '' NOT"
                        + " NULL, \"password\" varchar(100) DEFAULT '' NOT NULL, \"block\" smallint DEFAULT 0 NOT"
                        + " NULL, \"registerDate\" " + required + ", PRIMARY KEY (\"id\"))");
    }
}
