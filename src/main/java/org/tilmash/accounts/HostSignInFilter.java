package org.tilmash.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With {@code tilmash.accounts.sign-in=host}: the host's signed-in user, as the host's own chain left them in the
 * session, becomes their newsroom account for this request, through the host's {@link HostAccounts}. The session
 * keeps the host's sign-in untouched; a host user without a newsroom account is signed in to the host only, and
 * Tilmash's back office refuses them.
 */
class HostSignInFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(HostSignInFilter.class);

    private final HostAccounts hostAccounts;
    private final HostAccountAdoption adoption;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    HostSignInFilter(HostAccounts hostAccounts, HostAccountAdoption adoption) {
        this.hostAccounts = hostAccounts;
        this.adoption = adoption;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication host = contexts.getContext().getAuthentication();
        if (host != null && host.isAuthenticated() && !(host instanceof AnonymousAuthenticationToken)) {
            SecurityContext thisRequest = contexts.createEmptyContext();
            Optional<CurrentAccount> account = newsroomAccount(host);
            if (account.isPresent()) {
                thisRequest.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        account.get(), null, account.get().authorities()));
            } else {
                request.setAttribute(HostAccounts.REFUSED_USER, host.getName());
            }
            contexts.setContext(thisRequest);
        }
        chain.doFilter(request, response);
    }

    private Optional<CurrentAccount> newsroomAccount(Authentication host) {
        Optional<HostAccount> mapped = hostAccounts.map(host);
        if (mapped.isPresent()
                && !AccountService.USERNAME.matcher(mapped.get().username()).matches()) {
            LOG.warn(
                    "The host named a newsroom account that Tilmash cannot hold; account names match {}",
                    AccountService.USERNAME.pattern());
            return Optional.empty();
        }
        return mapped.flatMap(adoption::adopt);
    }
}
