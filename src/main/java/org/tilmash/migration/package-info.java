/**
 * Moving in from another site: importers for Joomla (3.x to 5.x, MySQL/MariaDB or PostgreSQL over JDBC) and WordPress
 * export files (WXR, read as a stream), the mapping of old ids to our articles and sections, and the lookup that keeps
 * the old site's URLs working.
 *
 * <p>Readers turn each source into neutral records ({@code OldSection}, {@code OldArticle}); one importer analyses
 * them (dry run), writes them through the workflow and the gallery (each item in its own transaction, so a crash or a
 * refused item loses nothing), and remembers in its own {@code migration_*} tables what each old item became, with a
 * checksum so a re-run updates only what changed. API: {@link org.tilmash.migration.ImportJobs} (background runs for
 * the back office), {@link org.tilmash.migration.Importer}, {@link org.tilmash.migration.ImportReport} and, for the
 * reader site, {@link org.tilmash.migration.LegacyAddresses}. {@code --import-joomla} and {@code --import-wordpress}
 * run an import from the command line.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Migration",
        allowedDependencies = {"accounts", "content", "i18n", "media", "workflow"})
package org.tilmash.migration;
