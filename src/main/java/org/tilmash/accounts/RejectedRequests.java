package org.tilmash.accounts;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.tilmash.i18n.ConditionalOnSiteAtRoot;

/**
 * Requests Spring Security's firewall refuses ({@code /a/../b}, {@code ;jsessionid=}, encoded slashes in some
 * places) are refused before the header writer runs; without this their 400 page had no security headers.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    @Bean
    @ConditionalOnSiteAtRoot
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            writeHeaders(response);
            response.sendError(HttpStatus.BAD_REQUEST.value());
        };
    }

    /** The headers every answer carries, for the few written outside the security filter chain. */
    static void writeHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN.getPolicy());
        response.setHeader("Cache-Control", "no-store");
    }
}
