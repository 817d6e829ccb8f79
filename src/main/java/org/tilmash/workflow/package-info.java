/**
 * The workflow of every language version: submit, approve (now, at a time, or with its release), request changes,
 * unpublish — all through {@link org.tilmash.workflow.Workflow}, checked against the permission service and written
 * to the audit trail. Owns scheduling (exactly once, surviving restarts), coordinated releases and the notification
 * inbox. Higher modules veto transitions through {@link org.tilmash.workflow.TransitionGuard}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Workflow",
        allowedDependencies = {"accounts", "content", "content :: editing"})
package org.tilmash.workflow;
