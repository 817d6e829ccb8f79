-- An article's listing entries, read when it is shown and on every publication, by article: without this index each
-- such read scanned the listings of every language (98 ms per article page at 100 000 articles x 8 languages).
create index ix_listing_article on tilmash_listing_entry (article_id);
