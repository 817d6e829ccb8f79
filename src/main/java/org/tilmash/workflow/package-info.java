/**
 * The one writer of editorial state: new articles and sections, saves with their slugs, source pins, confirmed and
 * minor changes, imports, and the transitions of every language version (submit, approve now, at a time or with its
 * release, request changes, unpublish) — all through {@link org.tilmash.workflow.Workflow}, checked against the
 * permission service, with the signed-in account (or a system task) as the actor, and written to the audit trail.
 * {@link org.tilmash.workflow.Workflow#allowedActions} tells the back office what a user may do with a version.
 *
 * <p>Owns scheduling (claimed exactly once, due by the database's clock, in its own tables), coordinated releases,
 * outdated marking of translations (inside the publishing transaction) and notifications (inbox and mail, delivered
 * after commit from Spring Modulith's event publication registry). Higher modules veto transitions through
 * {@link org.tilmash.workflow.TransitionGuard}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Workflow",
        allowedDependencies = {"accounts", "content", "content :: editing", "i18n"})
package org.tilmash.workflow;
