package org.tilmash.site;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Conditional requests for public pages: a page's ETag is a digest of exactly what it shows (ids and revisions, not
 * rendered HTML), so a matching {@code If-None-Match} is answered with 304 before any template is rendered. The
 * start-up instant is part of every tag: a deployment with new templates never serves stale pages.
 */
@Component
class HttpCaching {

    private final String deployment;
    private final SiteProperties properties;

    HttpCaching(Clock clock, SiteProperties properties, ThemeProperties theme) {
        this.deployment = Instant.now(clock).toString() + theme.getName();
        this.properties = properties;
    }

    /**
     * Sets the caching headers for a public page showing {@code parts}.
     *
     * @return true if the client's copy is current and the response is already a 304
     */
    boolean notModified(WebRequest request, HttpServletResponse response, Instant lastModified, Object... parts) {
        CacheControl cacheControl =
                CacheControl.maxAge(properties.getCacheMaxAge()).mustRevalidate();
        boolean setsCookie =
                request.getAttribute(LanguageCookieInterceptor.COOKIE_CHANGED, WebRequest.SCOPE_REQUEST) != null;
        response.setHeader(
                HttpHeaders.CACHE_CONTROL,
                (setsCookie ? cacheControl.cachePrivate() : cacheControl.cachePublic()).getHeaderValue());
        String etag = "\"" + digest(parts) + "\"";
        return lastModified == null
                ? request.checkNotModified(etag)
                : request.checkNotModified(etag, lastModified.toEpochMilli());
    }

    private String digest(Object... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(deployment.getBytes(StandardCharsets.UTF_8));
            for (Object part : parts) {
                sha.update((byte) 0);
                sha.update(Objects.toString(part).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
