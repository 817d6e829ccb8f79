package org.tilmash.site;

/** A section as the reader sees it: its name in their language and how many articles it lists. */
record SectionLink(Long id, String slug, String name, int count, String href, boolean current) {}
