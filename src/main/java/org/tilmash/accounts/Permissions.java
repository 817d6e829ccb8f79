package org.tilmash.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tilmash.i18n.LanguageRegistry;

/**
 * The one place that decides who may do what. Controllers, the API and imports ask it through
 * {@code @PreAuthorize("@permissions.canEdit(#lang)")}; templates ask it only to hide what would be refused anyway.
 *
 * <ul>
 *   <li>ADMIN manages users and reads the security log and the audit trail, and through the audit trail reads any
 *       revision it names; it may change no content.
 *   <li>EDITOR reads and edits every language, and manages article galleries.
 *   <li>TRANSLATOR reads and edits its languages.
 *   <li>REVIEWER reads and approves its languages.
 * </ul>
 */
@Component("permissions")
public class Permissions {

    private final CurrentAccounts accounts;
    private final LanguageRegistry languages;

    Permissions(CurrentAccounts accounts, LanguageRegistry languages) {
        this.accounts = accounts;
        this.languages = languages;
    }

    /** Any signed-in, enabled account may use the back office; what it shows depends on the rights below. */
    public boolean canUseBackOffice() {
        return current().isPresent();
    }

    public boolean canManageUsers() {
        return current().map(account -> account.has(Role.ADMIN)).orElse(false);
    }

    /**
     * Read the audit trail and, read-only, any revision of any version it names: an administrator answers for what
     * happened on the site, so must be able to see it, without any right to change content.
     */
    public boolean canAudit() {
        return canManageUsers();
    }

    /** Read the working (unpublished) text of the language version. */
    public boolean canView(String language) {
        return canEdit(language) || canReview(language);
    }

    /** Write, submit or import text into the language version. */
    public boolean canEdit(String language) {
        return languages.isEnabled(language)
                && (systemTask()
                        || current()
                                .map(account -> account.has(Role.EDITOR) || account.has(Role.TRANSLATOR, language))
                                .orElse(false));
    }

    /** Approve the language version for publication. */
    public boolean canReview(String language) {
        return languages.isEnabled(language)
                && (systemTask()
                        || current()
                                .map(account -> account.has(Role.REVIEWER, language))
                                .orElse(false));
    }

    /** Upload, replace, reorder and remove gallery images: they serve every language, so editors only. */
    public boolean canManageGallery() {
        return systemTask()
                || current().map(account -> account.has(Role.EDITOR)).orElse(false);
    }

    /** Create and rename sections, and start articles: editors' work. */
    public boolean canManageArticles() {
        return canManageGallery();
    }

    /** Bring articles in from another system, with their states and dates: an explicit administrator's act. */
    public boolean canImport() {
        return systemTask() || canManageUsers();
    }

    /**
     * Who is acting: the signed-in account, or the system task running.
     *
     * @throws AccessDeniedException when neither is
     */
    public String actor() {
        return SystemTask.current()
                .or(() -> current().map(CurrentAccount::username))
                .orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
    }

    private static boolean systemTask() {
        return SystemTask.current().isPresent();
    }

    /** The languages whose work the user may see, in configured order. */
    public List<String> viewableLanguages() {
        return languages.codes().stream().filter(this::canView).toList();
    }

    private Optional<CurrentAccount> current() {
        return accounts.get();
    }
}
