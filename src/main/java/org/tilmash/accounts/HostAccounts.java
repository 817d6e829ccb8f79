package org.tilmash.accounts;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Implemented by a host application whose own users work in Tilmash ({@code tilmash.accounts.sign-in=host}): turns
 * the host's signed-in user, e.g. the groups or claims of an OIDC login, into Tilmash's roles and language scopes.
 * Tilmash asks on every back-office request, so a user whose groups changed at their last sign-in to the host has the
 * new roles at once.
 */
@FunctionalInterface
public interface HostAccounts {

    /**
     * The request attribute naming a host user whom {@link #map} gave no newsroom account, on the request Tilmash
     * refuses: the refusal page tells them who they are signed in as.
     */
    String REFUSED_USER = HostAccounts.class.getName() + ".REFUSED_USER";

    /**
     * The newsroom account of the host's signed-in user, or empty when this user has no part in the newsroom (they
     * are refused Tilmash's back office, and stay signed in to the host).
     */
    Optional<HostAccount> map(Authentication signedIn);
}
