package org.tilmash.accounts;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The sessions of signed-in users, as every instance sees them: Spring Session keeps them in the database
 * ({@code tilmash_session}) indexed by the signed-in user's name. Disabling an account deletes its sessions there, so
 * the next request of that user is anonymous on whichever instance it lands. Spring Session JDBC publishes no session
 * events; the principal-name index is the only way to find a user's sessions. {@link AccountRefreshFilter} also
 * refuses a disabled account's session on its next request, so a session written back by a request in flight ends too.
 */
@Component
class SignedInSessions {

    private final @Nullable FindByIndexNameSessionRepository<?> sessions;

    /**
     * A host application without an indexed session store (Spring Session JDBC or Redis) leaves the ending to
     * {@link AccountRefreshFilter} alone.
     */
    SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions.getIfAvailable();
    }

    /** The ids of the user's sessions that have not expired. */
    Set<String> of(String username) {
        return sessions == null
                ? Set.of()
                : Set.copyOf(sessions.findByPrincipalName(username).keySet());
    }

    @TransactionalEventListener
    void on(AccountDisabled disabled) {
        if (sessions == null) {
            return;
        }
        for (String id : of(disabled.username())) {
            sessions.deleteById(id);
        }
    }
}
