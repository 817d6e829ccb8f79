/**
 * Search in every language, for readers and for the back office (issue 16). Hibernate Search indexes two tables of
 * this module's own: {@code search_public_entry} (what each language's listing shows of an article, fallbacks
 * included) and {@code search_editorial_entry} (every version's working text, drafts included). Both are rebuilt
 * per article from content after every change the workflow records ({@code WorkflowEvents}, after commit), and are
 * what a full reindex ({@code --reindex}) reads. The analysis per language lives in {@code analysis}. The index is
 * embedded Lucene on one machine, or an OpenSearch cluster for several nodes ({@code tilmash.search.backend}), then
 * fed through Hibernate Search's outbox table so that each change is indexed once by one of the nodes.
 *
 * <p>API: {@link org.tilmash.search.ReaderSearch} (published text, for the site) and
 * {@link org.tilmash.search.BackOfficeSearch} (working text the signed-in user may read, for the back office).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"accounts", "content", "i18n", "workflow"})
package org.tilmash.search;
