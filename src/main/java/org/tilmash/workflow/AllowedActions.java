package org.tilmash.workflow;

/**
 * What one user may do with one language version now, as {@link Workflow#allowedActions} decides it.
 *
 * @param edit write a new revision, restore an old one, open the side-by-side editor of an outdated translation
 * @param submit send the draft for review
 * @param review approve it or request changes
 * @param unpublish take the live revision off the site
 * @param translate work on the translation beside its source
 * @param markMinor declare the last published change minor, keeping translations current
 * @param manageGallery upload, reorder and remove the article's images
 * @param release tie language versions into one release
 */
public record AllowedActions(
        boolean edit,
        boolean submit,
        boolean review,
        boolean unpublish,
        boolean translate,
        boolean markMinor,
        boolean manageGallery,
        boolean release) {}
