package org.tilmash.i18n;

import java.util.Optional;

/**
 * A language someone chose for themselves, which outranks the cookie and {@code Accept-Language} but not a language in
 * the path. Implemented by modules that know who is asking (accounts: a signed-in user's back-office language), so
 * this module depends on none of them.
 */
public interface LanguagePreference {

    /** The preferred language code for a request to {@code path}, if the asker has one. */
    Optional<String> preferredLanguage(String path);
}
