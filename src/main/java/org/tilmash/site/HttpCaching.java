package org.tilmash.site;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Conditional requests and shared caching for public pages. A page's ETag is a digest of exactly what it shows (ids
 * and revisions, not rendered HTML) and of the build and theme that render it, so every node of one deployment gives
 * the same tag for the same database state, a new build or theme never serves stale pages, and a matching
 * {@code If-None-Match} is answered with 304 before any template is rendered. Public pages are {@code public} for
 * browsers, CDNs and proxies, carry the page's surrogate keys ({@link PageTags}), and never set a cookie.
 */
@Component
class HttpCaching {

    /** Request attribute carrying a page's {@link PageTags}: the page cache keeps only responses that have it. */
    static final String TAGS = HttpCaching.class.getName() + ".tags";

    static final String SURROGATE_KEY = "Surrogate-Key";
    static final String CACHE_TAG = "Cache-Tag";

    private final String deployment;
    private final SiteProperties properties;

    HttpCaching(SiteProperties properties, ThemeProperties theme, ObjectProvider<BuildProperties> build) {
        this.properties = properties;
        this.deployment = buildId(properties, build.getIfAvailable()) + "/" + theme.getName() + "/"
                + themeDigest(ThemeConfiguration.diskLocations(theme));
    }

    /** The configured build id, else the build's version and time (from {@code build-info.properties}). */
    private static String buildId(SiteProperties properties, BuildProperties build) {
        if (!properties.getBuildId().isBlank()) {
            return properties.getBuildId();
        }
        return build == null ? "development" : build.getVersion() + "@" + build.getTime();
    }

    /** A digest of the theme folders on disk (names and contents), the same on every node that has the same files. */
    static String themeDigest(List<Path> folders) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path folder : folders) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        sha.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                        sha.update(Files.readAllBytes(file));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Sets the caching headers for a public page showing {@code parts}, tagged with {@code tags}.
     *
     * @return true if the client's copy is current and the response is already a 304
     */
    boolean notModified(
            WebRequest request, HttpServletResponse response, Instant lastModified, PageTags tags, Object... parts) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, properties.cacheControl());
        response.setHeader(SURROGATE_KEY, tags.surrogateKey());
        response.setHeader(CACHE_TAG, tags.cacheTag());
        request.setAttribute(TAGS, tags, WebRequest.SCOPE_REQUEST);
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
