/**
 * The news itself: articles (language-neutral facts), one version per article and language with its workflow state,
 * immutable revisions of each version's text, sections with localized names and published counters, reader listings,
 * and the HTML sanitizer every body passes through on save; {@link org.tilmash.content.Segments},
 * {@link org.tilmash.content.WordDiff} and {@link org.tilmash.content.SegmentMerge} cut, compare and merge texts.
 *
 * <p>API: {@link org.tilmash.content.ContentService} and {@link org.tilmash.content.ReaderQueries} read, handing out
 * {@link org.tilmash.content.VersionView}, {@link org.tilmash.content.RevisionView},
 * {@link org.tilmash.content.SectionView} and, for readers, {@link org.tilmash.content.PublishedVersion}. Writes are
 * {@link org.tilmash.content.ContentEditing}, the named interface {@code editing} that only the workflow may use.
 * Whatever changes what readers see publishes a {@link org.tilmash.content.ReaderChanges} event in the writing
 * transaction. Entities and repositories are package-private.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Content",
        allowedDependencies = {"i18n"})
package org.tilmash.content;
