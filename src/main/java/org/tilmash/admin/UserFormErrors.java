package org.tilmash.admin;

import java.util.Map;
import java.util.Set;
import org.springframework.validation.Errors;
import org.tilmash.accounts.AccountRefusedException;
import org.tilmash.accounts.AccountService;

/** Puts each reason the accounts refused a user form for next to the field the administrator has to correct. */
final class UserFormErrors {

    private UserFormErrors() {}

    static void reject(Errors errors, Set<AccountRefusedException.Reason> reasons) {
        // In the form's order, so the first message read is the first field to correct.
        reasons.stream().sorted().forEach(reason -> reject(errors, reason));
    }

    private static void reject(Errors errors, AccountRefusedException.Reason reason) {
        switch (reason) {
            case DISPLAY_NAME_REQUIRED -> errors.rejectValue("displayName", "users.error.displayNameRequired");
            case DISPLAY_NAME_TOO_LONG ->
                errors.rejectValue(
                        "displayName",
                        "users.error.displayNameTooLong",
                        new Object[] {Map.of("max", AccountService.MAX_DISPLAY_NAME)},
                        null);
            case NO_ROLE -> errors.rejectValue("roles", "users.error.roleRequired");
            case OWN_ADMINISTRATOR_ROLE -> errors.rejectValue("roles", "users.error.ownAdministratorRole");
            case NO_ADMINISTRATOR_LEFT -> errors.rejectValue("roles", "users.error.lastAdministrator");
            case NO_TRANSLATOR_LANGUAGE ->
                errors.rejectValue("translatorLanguages", "users.error.translatorLanguageRequired");
            case NO_REVIEWER_LANGUAGE ->
                errors.rejectValue("reviewerLanguages", "users.error.reviewerLanguageRequired");
            case EMAIL_TOO_LONG -> throw new IllegalStateException("A user form has no e-mail address");
        }
    }
}
