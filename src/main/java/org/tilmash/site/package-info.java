/**
 * The public reader site: themes from {@code themes/} (a folder on disk overrides the built-in copy, a missing template
 * falls back to the default theme), language entry and home pages, and the themed, localized error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reader site")
package org.tilmash.site;
