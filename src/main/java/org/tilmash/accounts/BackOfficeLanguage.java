package org.tilmash.accounts;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tilmash.i18n.LanguagePreference;
import org.tilmash.i18n.TilmashPaths;

/** In the back office, the language a signed-in user chose in their profile wins over browser and cookie. */
@Component
class BackOfficeLanguage implements LanguagePreference {

    private final CurrentAccounts accounts;
    private final TilmashPaths paths;

    BackOfficeLanguage(CurrentAccounts accounts, TilmashPaths paths) {
        this.accounts = accounts;
        this.paths = paths;
    }

    @Override
    public Optional<String> preferredLanguage(String path) {
        if (!paths.isBackOffice(path)) {
            return Optional.empty();
        }
        return accounts.get().map(CurrentAccount::uiLanguage);
    }
}
