/**
 * The news itself: articles (language-neutral facts), one version per article and language with its workflow state,
 * immutable revisions of each version's text, sections with localized names and published counters, and the HTML
 * sanitizer every body passes through on save.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Content",
        allowedDependencies = {"i18n"})
package org.tilmash.content;
