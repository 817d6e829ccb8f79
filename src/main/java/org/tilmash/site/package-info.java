/**
 * The public reader site: themes from {@code themes/} (a folder on disk overrides the built-in copy, a missing template
 * falls back to the default theme), language entry and home pages, article pages with their gallery (thumbnails and a
 * lightbox of our own on {@code <dialog>}, images from the media module), the themed, localized error pages, and
 * one permanent redirect for each address of an imported old site (looked up in the migration module).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reader site",
        allowedDependencies = {"content", "i18n", "media", "migration", "search"})
package org.tilmash.site;
