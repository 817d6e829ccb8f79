package org.tilmash.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tilmash.i18n.TilmashPaths;

/**
 * Refuses requests for a host that is not this site's with 400, so a forged {@code Host} header gets the error page
 * and nothing a shared cache could keep. Absolute URLs never come from the request anyway ({@link SiteProperties}
 * base URL); this closes the door in front of them. It runs after Spring Security, so the error page carries the
 * security headers too.
 */
@Component
class SiteHostFilter extends OncePerRequestFilter {

    private final SiteProperties properties;
    private final TilmashPaths paths;

    SiteHostFilter(SiteProperties properties, TilmashPaths paths) {
        this.properties = properties;
        this.paths = paths;
    }

    /** A host application's own paths are the host's business. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !paths.owns(request);
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
