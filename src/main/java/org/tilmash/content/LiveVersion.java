package org.tilmash.content;

import java.time.Instant;

/** A version readers can see, as sitemaps and language switchers need it: no text. */
public record LiveVersion(Long articleId, String language, String slug, Instant dateline, Instant lastModified) {}
