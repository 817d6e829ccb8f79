package org.tilmash.accounts;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.tilmash.TilmashTransactional;

/**
 * People as pages name them: by their display name, never by their account name. Audit trails and histories store
 * account names, which stay stable when a display name changes; pages look the names up when they are shown. A name
 * that belongs to no account (a system task such as the demo loader) is shown as
 * it was recorded. Templates ask {@code @people.name(...)}; within one request each name is looked up once.
 */
@Component("people")
public class People {

    private static final String CACHE = People.class.getName();

    private final UserAccountRepository accounts;

    People(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The display name of {@code username}, or {@code username} itself when no account has it. */
    @TilmashTransactional(readOnly = true)
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return names(List.of(username)).get(username);
    }

    /** The display name of each of {@code usernames}, in one query for those not yet looked up in this request. */
    @TilmashTransactional(readOnly = true)
    public Map<String, String> names(Collection<String> usernames) {
        Map<String, String> known = cache();
        Set<String> missing = new HashSet<>();
        for (String username : usernames) {
            if (username != null && !known.containsKey(username)) {
                missing.add(username);
            }
        }
        if (!missing.isEmpty()) {
            for (Object[] row : accounts.displayNames(missing)) {
                known.put((String) row[0], (String) row[1]);
            }
            missing.forEach(username -> known.putIfAbsent(username, username));
        }
        Map<String, String> names = new HashMap<>();
        for (String username : usernames) {
            if (username != null) {
                names.put(username, known.get(username));
            }
        }
        return names;
    }

    /** Names already looked up in this request; outside a request, nothing is kept. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> cache() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return new HashMap<>();
        }
        Object cached = request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        if (cached == null) {
            cached = new HashMap<String, String>();
            request.setAttribute(CACHE, cached, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, String>) cached;
    }
}
