package org.tilmash.accounts;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tilmash.i18n.LanguagePreference;

/** In the back office, the language a signed-in user chose in their profile wins over browser and cookie. */
@Component
class BackOfficeLanguage implements LanguagePreference {

    private final CurrentAccounts accounts;

    BackOfficeLanguage(CurrentAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<String> preferredLanguage(String path) {
        if (!SecurityConfiguration.isBackOffice(path)) {
            return Optional.empty();
        }
        return accounts.get().map(CurrentAccount::uiLanguage);
    }
}
