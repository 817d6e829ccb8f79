package org.tilmash.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A role and the languages it is scoped to, as the security log records it. The log stores grants in one fixed form,
 * {@code EDITOR, TRANSLATOR [kk, ky]}, the same in every language, and the back office names them in the reader's.
 */
public record Grant(Role role, List<String> languages) {

    private static final Pattern STORED = Pattern.compile("([A-Z]+)(?: \\[([^\\]]*)\\])?");

    /** The stored form of {@code grants}, in role order. */
    static String describe(Map<Role, Set<String>> grants) {
        return grants.entrySet().stream()
                .map(grant -> grant.getValue().isEmpty()
                        ? grant.getKey().name()
                        : grant.getKey().name() + " " + grant.getValue())
                .collect(Collectors.joining(", "));
    }

    /** The grants in a stored description; what does not name a role is left out. */
    static List<Grant> parse(String described) {
        Matcher matcher = STORED.matcher(described);
        List<Grant> grants = new java.util.ArrayList<>();
        while (matcher.find()) {
            try {
                Role role = Role.valueOf(matcher.group(1));
                List<String> languages = matcher.group(2) == null
                        ? List.of()
                        : Arrays.stream(matcher.group(2).split(",\\s*"))
                                .filter(code -> !code.isBlank())
                                .toList();
                grants.add(new Grant(role, languages));
            } catch (IllegalArgumentException notARole) {
                // Not a role name: the description was written by something else.
            }
        }
        return List.copyOf(grants);
    }
}
