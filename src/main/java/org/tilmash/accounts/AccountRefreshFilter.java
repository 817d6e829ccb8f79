package org.tilmash.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tilmash.i18n.TilmashPaths;

/**
 * Replaces the authentication remembered in the session with the account as stored now, before any access decision:
 * roles and languages removed by an administrator no longer count on the user's next request, and a disabled account's
 * session is invalidated on the spot. An account with a one-time password is sent to its profile to choose its own.
 */
class AccountRefreshFilter extends OncePerRequestFilter {

    private final CurrentAccounts accounts;
    private final TilmashPaths paths;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    AccountRefreshFilter(CurrentAccounts accounts, TilmashPaths paths) {
        this.paths = paths;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication remembered = contexts.getContext().getAuthentication();
        if (remembered == null || remembered instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CurrentAccount> account = accounts.get();
        if (account.isEmpty()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            contexts.clearContext();
        } else {
            // A new context for this request only: the one in the session keeps what login put there.
            SecurityContext fresh = contexts.createEmptyContext();
            fresh.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    account.get(), null, account.get().authorities()));
            contexts.setContext(fresh);
            if (account.get().passwordChangeRequired() && mustWaitForNewPassword(request)) {
                response.sendRedirect(request.getContextPath() + paths.admin(ProfileController.PATH));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean mustWaitForNewPassword(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean backOffice = paths.isBackOffice(path);
        return backOffice && !TilmashPaths.isUnder(path, paths.admin(ProfileController.PATH));
    }
}
