package org.tilmash.accounts;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

    private final @Nullable IndexedSessions sessions;

    /**
     * A host application without an indexed session store (Spring Session JDBC or Redis, which Tilmash does not
     * impose on it) leaves the ending to {@link AccountRefreshFilter} alone.
     */
    SignedInSessions(ObjectProvider<IndexedSessions> sessions) {
        this.sessions = sessions.getIfAvailable();
    }

    /** The ids of the user's sessions that have not expired. */
    Set<String> of(String username) {
        return sessions == null ? Set.of() : sessions.of(username);
    }

    @TransactionalEventListener
    void on(AccountDisabled disabled) {
        if (sessions != null) {
            sessions.end(disabled.username());
        }
    }

    /** Whoever signed in with the password that was replaced is signed out. */
    @TransactionalEventListener
    void on(OneTimePasswordIssued issued) {
        if (sessions != null) {
            sessions.end(issued.username());
        }
    }

    /** Spring Session's index of sessions by user name, where the application has it. */
    interface IndexedSessions {
        Set<String> of(String username);

        void end(String username);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.session.FindByIndexNameSessionRepository")
    static class SpringSessionIndex {
        @Bean
        IndexedSessions indexedSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> repository) {
            return new IndexedSessions() {
                @Override
                public Set<String> of(String username) {
                    FindByIndexNameSessionRepository<?> sessions = repository.getIfAvailable();
                    return sessions == null
                            ? Set.of()
                            : Set.copyOf(sessions.findByPrincipalName(username).keySet());
                }

                @Override
                public void end(String username) {
                    FindByIndexNameSessionRepository<?> sessions = repository.getIfAvailable();
                    if (sessions != null) {
                        of(username).forEach(sessions::deleteById);
                    }
                }
            };
        }
    }
}
