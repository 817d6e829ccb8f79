package org.tilmash.accounts;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Decides whether a return address after sign-in is a path on this site. Anything a browser could read as another
 * host is refused: {@code //evil.example}, {@code /\evil.example}, {@code https:evil.example}, and the same with
 * percent-encoding, however often applied.
 */
final class ReturnUrls {

    private static final int MAX_DECODING_ROUNDS = 5;

    private ReturnUrls() {}

    static boolean isSafePath(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return false;
        }
        String value = candidate;
        for (int round = 0; round < MAX_DECODING_ROUNDS; round++) {
            if (!looksLikeLocalPath(value)) {
                return false;
            }
            String decoded;
            try {
                decoded = URLDecoder.decode(value, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return false;
            }
            if (decoded.equals(value)) {
                return parsesAsPath(value);
            }
            value = decoded;
        }
        return false;
    }

    /**
     * A safe path as a {@code Location} header can carry it: characters outside ASCII percent-encoded as UTF-8, escapes
     * already there kept. HTTP headers are not UTF-8, so a raw "/kk/news/1-қазақ" would reach the browser garbled.
     */
    static String forLocation(String safePath) {
        try {
            return new URI(safePath).toASCIIString();
        } catch (java.net.URISyntaxException malformed) {
            throw new IllegalArgumentException("Not a safe path: check isSafePath first", malformed);
        }
    }

    private static boolean looksLikeLocalPath(String value) {
        return value.startsWith("/")
                && !value.startsWith("//")
                && value.indexOf('\\') < 0
                && value.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }

    private static boolean parsesAsPath(String value) {
        try {
            URI uri = new URI(value);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (java.net.URISyntaxException malformed) {
            return false;
        }
    }
}
