package org.tilmash.accounts;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Finds the signed-in user's account as it is stored now. It is read from the database once per request and kept in
 * a request attribute, so the error page of the same request sees the same account without another query.
 */
@Component
class CurrentAccounts {

    private static final String ATTRIBUTE = CurrentAccount.class.getName();

    private final UserAccountRepository users;

    CurrentAccounts(UserAccountRepository users) {
        this.users = users;
    }

    /** The signed-in, enabled account; empty for anonymous users and for accounts disabled or deleted meanwhile. */
    Optional<CurrentAccount> get() {
        Authentication authentication =
                SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof CurrentAccount account) {
            return Optional.of(account);
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof CurrentAccount cached
                && cached.username().equals(authentication.getName())) {
            return Optional.of(cached);
        }
        Optional<CurrentAccount> account = users.findByUsername(authentication.getName())
                .filter(UserAccount::isEnabled)
                .map(CurrentAccount::of);
        if (request != null) {
            account.ifPresent(found -> request.setAttribute(ATTRIBUTE, found, RequestAttributes.SCOPE_REQUEST));
        }
        return account;
    }
}
