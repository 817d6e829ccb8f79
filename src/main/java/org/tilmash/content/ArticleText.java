package org.tilmash.content;

/** The translatable text of one language version: title, intro and body (HTML). */
public record ArticleText(String title, String intro, String body) {}
