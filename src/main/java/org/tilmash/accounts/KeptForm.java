package org.tilmash.accounts;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * A back-office form posted after its session ended, kept in the browser's new session until the user has signed in
 * again and chosen to send it ({@link ExpiredSessionForms}): the action as the standalone application names it
 * ({@code /admin/...}) and every field but the CSRF token.
 */
record KeptForm(String action, Map<String, List<String>> fields) implements Serializable {

    static final String SESSION_KEY = "TILMASH_KEPT_FORM";

    /** A form with a password is never kept: the sessions table is no place for one. */
    static boolean mayKeep(Map<String, String[]> fields) {
        return fields.keySet().stream()
                .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).contains("password"));
    }

    /**
     * The prose the user typed (titles, texts, comments) as plain text, to show what sending the form would save;
     * single words (identifiers, choices, stamps) are sent without being shown.
     */
    List<String> typedText() {
        return fields.values().stream()
                .flatMap(List::stream)
                .map(value -> Jsoup.parse(value).text())
                .filter(text -> text.strip().chars().anyMatch(Character::isWhitespace))
                .toList();
    }
}
