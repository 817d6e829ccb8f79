package org.tilmash.i18n;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Where Tilmash's pages live ({@code tilmash.web.*}): the public site, the back office, the API and the sign-in page,
 * each under its own prefix. Templates build links with it ({@code @{__${@tilmashPaths.admin}__/articles}}), the
 * security chain matches only these paths, and Tilmash's languages and messages apply only to requests under them,
 * so a host application's own pages keep theirs.
 */
@Component("tilmashPaths")
public class TilmashPaths {

    /** Where the standalone application serves the back office's own files. */
    private static final String STANDALONE_ASSETS = "/admin-static";

    private static final String REDIRECT = "redirect:";

    private final WebProperties web;
    /** Computed once: {@link #owns} runs on every request, and per message inside a host application. */
    private final List<String> prefixes;

    TilmashPaths(WebProperties web) {
        this.web = web;
        this.prefixes = Stream.of(
                        web.sitePath(), web.adminPath(), getAssets(), web.apiPath(), web.loginPath(), web.logoutPath())
                .filter(prefix -> !prefix.isEmpty())
                .distinct()
                .toList();
    }

    /** The public site's prefix: empty when the site is the whole application. */
    public String getSite() {
        return web.sitePath();
    }

    public String getAdmin() {
        return web.adminPath();
    }

    public String getApi() {
        return web.apiPath();
    }

    public String getLogin() {
        return web.loginPath();
    }

    public String getLogout() {
        return web.logoutPath();
    }

    /** Previews of unpublished revisions, part of the public site's look but never public. */
    public String getPreview() {
        return web.sitePath() + "/preview";
    }

    /** The back office's own files (styles, scripts, icons) and the libraries it uses. */
    public String getAssets() {
        return web.adminPath() + "-static";
    }

    public String site(String path) {
        return web.sitePath() + path;
    }

    public String admin(String path) {
        return web.adminPath() + path;
    }

    /**
     * The address of one of Tilmash's pages, given as the standalone application names it ({@code /admin/articles},
     * {@code /en/news}, {@code /webjars/tinymce/tinymce.min.js}): Java code and templates write those, and links,
     * redirects and absolute URLs pass through here on their way out. The identity with the default settings.
     */
    public String external(String path) {
        if (!path.startsWith("/") || path.startsWith("//")) {
            return path;
        }
        if (isUnder(path, STANDALONE_ASSETS)) {
            return getAssets() + path.substring(STANDALONE_ASSETS.length());
        }
        if (isUnder(path, "/webjars")) {
            return getAssets() + path;
        }
        if (isUnder(path, "/admin")) {
            return web.adminPath() + path.substring("/admin".length());
        }
        if (isUnder(path, "/api")) {
            return web.apiPath() + path.substring("/api".length());
        }
        if (pathOnly(path).equals("/login")) {
            return web.loginPath() + path.substring("/login".length());
        }
        if (pathOnly(path).equals("/logout")) {
            return web.logoutPath() + path.substring("/logout".length());
        }
        return web.sitePath() + path;
    }

    private static String pathOnly(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /**
     * A request path as the public site names it, without the site's prefix ({@code /news/en/} → {@code /en/}); null
     * when the path is not the site's.
     */
    public @Nullable String withinSite(String path) {
        String site = web.sitePath();
        if (site.isEmpty()) {
            return path;
        }
        return isUnder(path, site) ? path.substring(site.length()) : null;
    }

    /**
     * Sends a redirect that Tilmash's code wrote with a standalone path ({@code redirect:/admin/articles} or a
     * {@link RedirectView}) to the configured path.
     */
    public void sendOut(ModelAndView redirect) {
        String name = redirect.getViewName();
        if (name != null && name.startsWith(REDIRECT)) {
            redirect.setViewName(REDIRECT + external(name.substring(REDIRECT.length())));
        } else if (redirect.getView() instanceof RedirectView view && view.getUrl() != null) {
            view.setUrl(external(view.getUrl()));
        }
    }

    /** True when the whole application is Tilmash's site (the standalone application). */
    public boolean ownsEverything() {
        return web.sitePath().isEmpty();
    }

    /** Paths of the back office and its API, where a signed-in user's own settings apply. */
    public boolean isBackOffice(String path) {
        return isUnder(path, web.adminPath()) || isUnder(path, web.apiPath());
    }

    /** Whether a request (its path within the servlet context) is one of Tilmash's. */
    public boolean owns(HttpServletRequest request) {
        return owns(pathOf(request));
    }

    public boolean owns(String path) {
        return ownsEverything() || prefixes.stream().anyMatch(prefix -> isUnder(path, prefix));
    }

    /** Path patterns of everything Tilmash serves, for its security chain. */
    public List<String> patterns() {
        if (ownsEverything()) {
            return List.of("/**");
        }
        return prefixes.stream()
                .flatMap(prefix -> Stream.of(prefix, prefix + "/**"))
                .toList();
    }

    /** The path a request asked for within the servlet context, also while an error page for it is rendered. */
    public static String pathOf(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = errorUri != null ? errorUri.toString() : request.getRequestURI();
        return uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    }

    /** Whether {@code path} (with or without a query) is {@code prefix} or below it. */
    public static boolean isUnder(String path, String prefix) {
        String plain = pathOnly(path);
        return plain.equals(prefix) || plain.startsWith(prefix + "/");
    }
}
