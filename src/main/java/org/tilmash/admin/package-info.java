/**
 * The back office for editors, translators, reviewers and administrators. Not themeable. Today: the dashboard with each
 * user's work in their languages, the working text of a language version (read, edit as a new draft, submit, approve)
 * and the same as a JSON API, user management and the security log for administrators, and back-office error pages.
 * Every endpoint is guarded by {@code @permissions} from the accounts module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Back office",
        allowedDependencies = {"accounts", "content", "i18n", "media", "translation", "workflow"})
package org.tilmash.admin;
