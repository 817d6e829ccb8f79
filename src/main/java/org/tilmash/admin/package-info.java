/**
 * The back office for editors, translators, reviewers and administrators. Not themeable: the dashboard with each
 * user's work in their languages and the coverage matrix, new articles, the working text of a language version (read,
 * edit as a new draft, compare and restore revisions, and the transitions the workflow allows), the same as a JSON
 * API, galleries, the translation queue and side-by-side editor, XLIFF, the audit trail, and for administrators user
 * management, the security log and the import of an old site (Joomla, WordPress); back-office error pages. Every
 * endpoint is guarded by {@code @permissions} from the accounts module; every change goes through the workflow.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Back office",
        allowedDependencies = {"accounts", "content", "i18n", "media", "migration", "search", "translation", "workflow"
        })
package org.tilmash.admin;
