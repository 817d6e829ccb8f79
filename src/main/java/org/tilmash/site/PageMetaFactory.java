package org.tilmash.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.tilmash.content.PublishedVersion;
import org.tilmash.i18n.Language;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.media.Image;

/** Builds the canonical URL, {@code hreflang} alternates and language switcher of a page. */
@Component
class PageMetaFactory {

    private static final int OG_WIDTH = 1200;

    private final LanguageRegistry languages;
    private final SiteProperties properties;

    private final SiteOrigin siteOrigin;

    PageMetaFactory(LanguageRegistry languages, SiteProperties properties, SiteOrigin siteOrigin) {
        this.siteOrigin = siteOrigin;
        this.languages = languages;
        this.properties = properties;
    }

    /** A page that exists in every language at {@code pathIn(code)}, such as a listing. */
    PageMeta everyLanguage(
            HttpServletRequest request,
            Language current,
            Function<String, String> pathIn,
            String xDefaultPath,
            String description) {
        String origin = siteOrigin.get();
        List<PageMeta.Alternate> alternates = languages.all().stream()
                .map(language -> new PageMeta.Alternate(language.code(), origin + pathIn.apply(language.code())))
                .toList();
        List<PageMeta.SwitcherLink> switcher = switcherTo(current, pathIn);
        return new PageMeta(
                origin + pathIn.apply(current.code()),
                alternates,
                origin + xDefaultPath,
                switcher,
                description,
                "website",
                null);
    }

    /**
     * A page whose other languages show other things: a listing's page after the first (other languages list other
     * articles on their page of that number, which may not even exist) or search results. It has no alternates, and
     * the switcher leads to {@code pathIn(code)}, the same kind of page in each language.
     */
    PageMeta withoutAlternates(Language current, Function<String, String> pathIn, String path, String description) {
        String origin = siteOrigin.get();
        List<PageMeta.SwitcherLink> switcher = switcherTo(current, pathIn);
        return new PageMeta(origin + path, List.of(), null, switcher, description, "website", null);
    }

    /** A switcher that leads every language to {@code pathIn(code)}. */
    private List<PageMeta.SwitcherLink> switcherTo(Language current, Function<String, String> pathIn) {
        return languages.all().stream()
                .map(language -> new PageMeta.SwitcherLink(
                        language,
                        SiteUrls.choose(language.code(), pathIn.apply(language.code())),
                        true,
                        language.equals(current)))
                .toList();
    }

    /**
     * An article page: alternates list only real translations; the switcher leads every language to the article,
     * marking those that would see a fallback.
     */
    PageMeta article(
            HttpServletRequest request,
            Language requested,
            Map<String, PublishedVersion> live,
            PublishedVersion shown,
            String description,
            Optional<Image> lead) {
        String origin = siteOrigin.get();
        List<PageMeta.Alternate> alternates = languages.all().stream()
                .filter(language -> live.containsKey(language.code()))
                .map(language -> new PageMeta.Alternate(
                        language.code(), origin + url(language.code(), live.get(language.code()))))
                .toList();
        List<PageMeta.SwitcherLink> switcher = languages.all().stream()
                .map(language -> switcherLink(language, requested, live))
                .toList();
        PublishedVersion xDefault = live.getOrDefault(shown.sourceLanguage(), shown);
        return new PageMeta(
                origin + url(shown.language(), shown),
                alternates,
                origin + url(xDefault.language(), xDefault),
                switcher,
                description,
                "article",
                lead.map(image -> ogImage(origin, image, shown.language())).orElse(null));
    }

    /** Link previews show about 1200 pixels at most: the rendition closest above that, or the widest. */
    private static PageMeta.OgImage ogImage(String origin, Image image, String language) {
        Image.Rendition rendition = image.renditionFor(OG_WIDTH);
        return new PageMeta.OgImage(
                origin + rendition.url(),
                rendition.width(),
                image.heightAt(rendition.width()),
                image.text(language).alt());
    }

    private PageMeta.SwitcherLink switcherLink(
            Language language, Language requested, Map<String, PublishedVersion> live) {
        boolean current = language.equals(requested);
        if (live.containsKey(language.code())) {
            return new PageMeta.SwitcherLink(
                    language,
                    SiteUrls.choose(language.code(), url(language.code(), live.get(language.code()))),
                    true,
                    current);
        }
        Optional<PublishedVersion> fallback = firstLive(language, live);
        String href = fallback.map(version -> SiteUrls.choose(language.code(), url(language.code(), version)))
                .orElse(null);
        return new PageMeta.SwitcherLink(language, href, false, current);
    }

    /** The version readers of {@code language} see: their own, else the first along its fallback chain. */
    Optional<PublishedVersion> firstLive(Language language, Map<String, PublishedVersion> live) {
        return languages.chain(language).stream()
                .map(candidate -> live.get(candidate.code()))
                .filter(version -> version != null)
                .findFirst();
    }

    private static String url(String language, PublishedVersion version) {
        return SiteUrls.article(language, version.articleId(), version.slug());
    }
}
