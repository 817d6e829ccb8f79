package org.tilmash.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests for a host that is not this site's with 400, so a forged {@code Host} header gets the error page
 * and nothing a shared cache could keep. Absolute URLs never come from the request anyway ({@link SiteProperties}
 * base URL); this closes the door in front of them. It runs after Spring Security, so the error page carries the
 * security headers too.
 */
@Component
class SiteHostFilter extends OncePerRequestFilter {

    private final SiteProperties properties;

    SiteHostFilter(SiteProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!properties.acceptsHost(request.getServerName())) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
