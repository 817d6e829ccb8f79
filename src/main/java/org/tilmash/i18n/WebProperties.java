package org.tilmash.i18n;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tilmash's addresses within the servlet context. The defaults are the standalone application's: the site at the
 * root, the back office at {@code /admin}. Inside a host application, give the site a prefix of its own (e.g.
 * {@code /news}) so the host keeps the rest. Each prefix starts with a slash and has none at the end.
 *
 * @param sitePath the public site (empty: the site is the whole application)
 * @param adminPath the back office
 * @param apiPath the JSON API
 * @param loginPath the sign-in page
 * @param logoutPath where signing out is posted
 * @param securityOrder the order of Tilmash's security filter chain among the host's chains; it matches only
 *     Tilmash's paths, so it may come first
 */
@ConfigurationProperties("tilmash.web")
public record WebProperties(
        @DefaultValue("") String sitePath,
        @DefaultValue("/admin") String adminPath,
        @DefaultValue("/api") String apiPath,
        @DefaultValue("/login") String loginPath,
        @DefaultValue("/logout") String logoutPath,
        @DefaultValue("100") int securityOrder) {

    public WebProperties {
        sitePath = normalized(sitePath);
        adminPath = normalized(adminPath);
        apiPath = normalized(apiPath);
        loginPath = normalized(loginPath);
        logoutPath = normalized(logoutPath);
    }

    private static String normalized(String path) {
        String trimmed = path.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() || trimmed.startsWith("/") ? trimmed : "/" + trimmed;
    }
}
