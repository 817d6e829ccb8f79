package org.tilmash.migration;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An old alias kept as our slug when it already is one; otherwise our transliteration makes the slug. */
final class Slug {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX = 200;

    private Slug() {}

    static Optional<String> of(String alias) {
        String decoded;
        try {
            decoded = URLDecoder.decode(alias.strip(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return SLUG.matcher(decoded).matches() && decoded.length() <= MAX ? Optional.of(decoded) : Optional.empty();
    }
}
