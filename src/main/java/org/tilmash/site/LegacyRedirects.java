package org.tilmash.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.tilmash.content.ReaderQueries;
import org.tilmash.content.SectionView;
import org.tilmash.i18n.Language;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.i18n.TilmashPaths;
import org.tilmash.migration.LegacyAddresses;
import org.tilmash.migration.LegacyTarget;

/**
 * Keeps the imported site's old URLs working: an address that would be a 404 here is looked up among the old site's
 * addresses and, when it was one, answered with one permanent redirect to the new canonical URL. Only what would have
 * been a 404 costs a lookup; our own pages never do.
 */
@Component
class LegacyRedirects implements HandlerExceptionResolver, Ordered {

    private static final List<String> OWN_PREFIXES =
            List.of("/admin", "/api", "/media/", "/preview/", "/theme/", "/webjars/", "/login", "/actuator");

    private final LegacyAddresses legacy;
    private final ReaderQueries reader;
    private final ReaderContext context;
    private final PageMetaFactory meta;
    private final LanguageRegistry languages;
    private final SiteProperties properties;
    private final TilmashPaths paths;

    LegacyRedirects(
            LegacyAddresses legacy,
            ReaderQueries reader,
            ReaderContext context,
            PageMetaFactory meta,
            LanguageRegistry languages,
            SiteProperties properties,
            TilmashPaths paths) {
        this.paths = paths;
        this.legacy = legacy;
        this.reader = reader;
        this.context = context;
        this.meta = meta;
        this.languages = languages;
        this.properties = properties;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception failure) {
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        // Only the public site's own addresses may be an old address: a host application's 404s stay the host's.
        String path = paths.withinSite(TilmashPaths.pathOf(request));
        if (!read || path == null || !notFound(failure) || OWN_PREFIXES.stream().anyMatch(path::startsWith)) {
            return null;
        }
        // Answered past the controllers, so past the interceptor that sends their redirects to configured paths.
        Optional<ModelAndView> redirect = redirect(request);
        redirect.ifPresent(paths::sendOut);
        return redirect.orElse(null);
    }

    /** The redirect an old address of the request gets, if it was one. */
    Optional<ModelAndView> redirect(HttpServletRequest request) {
        return legacy.resolve(path(request), query(request)).flatMap(this::url).map(Redirects::permanent);
    }

    /** Where an old Joomla link to item {@code id} with its own alias leads, when the import knew that item. */
    Optional<ModelAndView> joomlaArticle(long id, String alias) {
        return legacy.joomlaArticle(id, alias).flatMap(this::url).map(Redirects::permanent);
    }

    /** The page of a listing that shows the item at {@code offset}, or its last page when there are fewer items. */
    String listing(Language language, Optional<SectionView> section, int offset) {
        String base = NewsController.listingPath(language.code(), section);
        int size = properties.getPageSize();
        Pagination last = Pagination.of(1, context.listingTotal(language, section), size, base);
        return SiteUrls.page(base, Math.min(offset / size + 1, last.pages()));
    }

    private Optional<String> url(LegacyTarget target) {
        Language language = languages.find(target.language()).orElseGet(languages::defaultLanguage);
        return switch (target.kind()) {
            case HOME -> Optional.of(SiteUrls.home(language.code()));
            case FEED -> Optional.of(SiteUrls.feed(language.code()));
            case NEWS -> Optional.of(listing(language, Optional.empty(), target.offset()));
            case SECTION ->
                reader.sections().stream()
                        .filter(section -> section.id().equals(target.id()))
                        .findFirst()
                        .map(section -> listing(language, Optional.of(section), target.offset()));
            case ARTICLE ->
                meta.firstLive(language, reader.liveVersions(target.id()))
                        .map(shown -> SiteUrls.article(language.code(), shown.articleId(), shown.slug()));
        };
    }

    private static boolean notFound(Exception failure) {
        if (failure instanceof NoResourceFoundException || failure instanceof NoHandlerFoundException) {
            return true;
        }
        if (failure instanceof ResponseStatusException status) {
            return status.getStatusCode().value() == HttpStatus.NOT_FOUND.value();
        }
        ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(failure.getClass(), ResponseStatus.class);
        return annotated != null && annotated.code() == HttpStatus.NOT_FOUND;
    }

    /** The request's path within the public site, as the standalone application (and the old site) names it. */
    private String path(HttpServletRequest request) {
        String full = TilmashPaths.pathOf(request);
        String within = paths.withinSite(full);
        return within == null ? full : within;
    }

    private static Map<String, String> query(HttpServletRequest request) {
        Map<String, String> query = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                query.put(name, values[0]);
            }
        });
        return query;
    }
}
