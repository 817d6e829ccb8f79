package org.tilmash.accounts;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The sessions of signed-in users in this application instance, so that disabling an account ends them at once on the
 * server rather than when the user next clicks. Other instances (and sessions this one missed) are covered by
 * {@link AccountRefreshFilter}, which refuses a disabled account's session on its next request anyway.
 */
@Component
class SignedInSessions implements HttpSessionListener {

    private static final String OWNER = SignedInSessions.class.getName() + ".owner";

    private final Map<String, Set<HttpSession>> byUsername = new ConcurrentHashMap<>();

    void signedIn(String username, HttpSession session) {
        session.setAttribute(OWNER, username);
        byUsername
                .computeIfAbsent(username, name -> ConcurrentHashMap.newKeySet())
                .add(session);
    }

    Set<HttpSession> of(String username) {
        return Set.copyOf(byUsername.getOrDefault(username, Set.of()));
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object owner = event.getSession().getAttribute(OWNER);
        if (owner instanceof String username) {
            byUsername.computeIfPresent(username, (name, sessions) -> {
                sessions.remove(event.getSession());
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    @TransactionalEventListener
    void on(AccountDisabled disabled) {
        Set<HttpSession> sessions = byUsername.remove(disabled.username());
        if (sessions == null) {
            return;
        }
        for (HttpSession session : sessions) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // Ended meanwhile by sign-out or timeout: nothing left to end.
            }
        }
    }
}
