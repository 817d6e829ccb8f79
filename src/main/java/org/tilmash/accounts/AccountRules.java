package org.tilmash.accounts;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What every account created or changed by an administrator must be: a name that fits its column, at least one role,
 * and at least one language for each role that is scoped to languages (a translator for no language can do nothing
 * and looks like a mistake).
 */
final class AccountRules {

    private AccountRules() {}

    /** The reasons to refuse {@code displayName} with {@code grants}; empty when they are fine. */
    static Set<AccountRefusedException.Reason> refusals(String displayName, Map<Role, Set<String>> grants) {
        Set<AccountRefusedException.Reason> reasons = EnumSet.noneOf(AccountRefusedException.Reason.class);
        if (displayName == null || displayName.isBlank()) {
            reasons.add(AccountRefusedException.Reason.DISPLAY_NAME_REQUIRED);
        } else if (displayName.length() > AccountService.MAX_DISPLAY_NAME) {
            reasons.add(AccountRefusedException.Reason.DISPLAY_NAME_TOO_LONG);
        }
        if (grants.isEmpty()) {
            reasons.add(AccountRefusedException.Reason.NO_ROLE);
        }
        if (withoutLanguages(grants, Role.TRANSLATOR)) {
            reasons.add(AccountRefusedException.Reason.NO_TRANSLATOR_LANGUAGE);
        }
        if (withoutLanguages(grants, Role.REVIEWER)) {
            reasons.add(AccountRefusedException.Reason.NO_REVIEWER_LANGUAGE);
        }
        return reasons;
    }

    private static boolean withoutLanguages(Map<Role, Set<String>> grants, Role role) {
        return grants.containsKey(role) && grants.get(role).isEmpty();
    }

    static void require(Set<AccountRefusedException.Reason> reasons) {
        if (!reasons.isEmpty()) {
            throw new AccountRefusedException(reasons);
        }
    }
}
