package org.tilmash.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.tilmash.TilmashTransactional;
import org.tilmash.content.ArticleFields;
import org.tilmash.content.PublishedVersion;
import org.tilmash.content.ReaderQueries;
import org.tilmash.i18n.Language;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.media.BodyImages;
import org.tilmash.media.Gallery;
import org.tilmash.media.Image;

/**
 * {@code /{lang}/news/{id}-{slug}}: the article in the reader's language, or the first live version along the
 * language's fallback chain with a notice. Wrong or old slugs are redirected permanently to the canonical URL, unless
 * the link was the imported site's own {@code {id}-{alias}} for another article.
 */
@Controller
class ArticleController {

    static final String VIEW = "tilmash/site/article";

    private final ReaderQueries reader;
    private final ReaderContext context;
    private final PageMetaFactory meta;
    private final HttpCaching caching;
    private final LanguageRegistry languages;
    private final Gallery gallery;
    private final BodyImages bodyImages;
    private final StructuredData structuredData;
    private final LegacyRedirects legacy;

    private final ArticleFields fields;

    ArticleController(
            ReaderQueries reader,
            ReaderContext context,
            PageMetaFactory meta,
            HttpCaching caching,
            LanguageRegistry languages,
            Gallery gallery,
            BodyImages bodyImages,
            StructuredData structuredData,
            LegacyRedirects legacy,
            ArticleFields fields) {
        this.fields = fields;
        this.structuredData = structuredData;
        this.reader = reader;
        this.context = context;
        this.meta = meta;
        this.caching = caching;
        this.languages = languages;
        this.gallery = gallery;
        this.bodyImages = bodyImages;
        this.legacy = legacy;
    }

    @GetMapping("/{lang}/news/{id:\\d+}")
    ModelAndView withoutSlug(@PathVariable String lang, @PathVariable long id) {
        Shown shown = find(lang, id);
        return Redirects.permanent(SiteUrls.article(lang, id, shown.version().slug()));
    }

    // One read-only transaction (one session, one connection) for all the page's queries.
    @TilmashTransactional(readOnly = true)
    @GetMapping("/{lang}/news/{id:\\d+}-{slug}")
    ModelAndView article(
            @PathVariable String lang,
            @PathVariable long id,
            @PathVariable String slug,
            HttpServletRequest request,
            HttpServletResponse response,
            WebRequest webRequest) {
        Shown found = find(lang, id);
        Language requested = found.requested();
        Map<String, PublishedVersion> live = found.live();
        PublishedVersion shown = found.version();
        if (!shown.slug().equals(slug)) {
            // An imported site's link may carry an old id that is also one of ours: its alias tells them apart.
            return legacy.joomlaArticle(id, slug)
                    .orElseGet(() -> Redirects.permanent(SiteUrls.article(lang, id, shown.slug())));
        }
        ReaderQueries.Neighbours neighbours = reader.neighbours(lang, context.scope(), id);
        List<Image> images = gallery.published(shown.versionId(), shown.language());
        List<ArticleFields.Shown> shownFields = fields.shown(id, requested);
        PageTags.Builder tags = PageTags.of("article", lang).key(PageTags.article(id));
        neighbours.older().ifPresent(older -> tags.key(PageTags.article(older.articleId())));
        neighbours.newer().ifPresent(newer -> tags.key(PageTags.article(newer.articleId())));
        if (caching.notModified(
                webRequest,
                response,
                lastModified(live),
                tags.build(),
                lang,
                id,
                published(live),
                neighbours,
                images,
                shownFields)) {
            return null;
        }
        List<SectionLink> sections = context.sectionLinks(requested, Optional.of(shown.sectionId()));
        // An archived section is not linked; its articles are still read.
        SectionLink section =
                sections.stream().filter(SectionLink::current).findFirst().orElse(null);
        Optional<Image> lead = images.stream().filter(Image::lead).findFirst();
        PageMeta pageMeta = meta.article(request, requested, live, shown, shown.intro(), lead);
        return new ModelAndView(VIEW)
                .addObject(
                        "article",
                        shown.withBody(bodyImages.render(shown.body(), images, shown.language(), requested.locale())))
                .addObject("gallery", images)
                .addObject("lead", lead.orElse(null))
                .addObject("shownLanguage", languages.require(shown.language()))
                .addObject("fallback", !shown.language().equals(lang))
                .addObject("section", section)
                .addObject("neighbours", neighbours)
                .addObject("sections", sections)
                .addObject("fields", shownFields)
                .addObject("meta", pageMeta)
                .addObject(
                        "structuredData",
                        structuredData.article(
                                shown, pageMeta.canonical(), section == null ? null : section.name(), requested));
    }

    private Shown find(String lang, long id) {
        Language requested = context.language(lang);
        Map<String, PublishedVersion> live = reader.liveVersions(id);
        PublishedVersion shown = meta.firstLive(requested, live).orElseThrow(ReaderContext::notFound);
        return new Shown(requested, live, shown);
    }

    /** The version shown to readers of {@code requested}, among all live versions of the article. */
    private record Shown(Language requested, Map<String, PublishedVersion> live, PublishedVersion version) {}

    /** What the page shows of each live version: its published revision and slug, in a stable order. */
    private static Map<String, String> published(Map<String, PublishedVersion> live) {
        Map<String, String> published = new TreeMap<>();
        live.forEach((language, version) -> published.put(language, version.revisionId() + "/" + version.slug()));
        return published;
    }

    private static Instant lastModified(Map<String, PublishedVersion> live) {
        return live.values().stream()
                .map(PublishedVersion::lastModified)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }
}
