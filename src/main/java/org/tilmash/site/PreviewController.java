package org.tilmash.site;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.tilmash.content.ArticleFields;
import org.tilmash.content.ContentService;
import org.tilmash.content.PublishedVersion;
import org.tilmash.content.ReaderQueries;
import org.tilmash.i18n.Language;
import org.tilmash.media.BodyImages;
import org.tilmash.media.Gallery;
import org.tilmash.media.Image;

/**
 * Any revision exactly as readers would see it, in the theme, marked as a preview: only for those who may read the
 * language's working text, never cached, never indexed.
 */
@Controller
class PreviewController {

    private final ContentService content;
    private final ReaderContext context;
    private final Gallery gallery;
    private final BodyImages bodyImages;

    private final ArticleFields fields;

    PreviewController(
            ContentService content,
            ReaderContext context,
            Gallery gallery,
            BodyImages bodyImages,
            ArticleFields fields) {
        this.fields = fields;
        this.content = content;
        this.context = context;
        this.gallery = gallery;
        this.bodyImages = bodyImages;
    }

    @GetMapping("/preview/{id}/{lang}")
    @PreAuthorize("@permissions.canView(#lang)")
    ModelAndView preview(
            @PathVariable Long id,
            @PathVariable String lang,
            @RequestParam Optional<Long> revision,
            HttpServletResponse response) {
        Language language = context.language(lang);
        PublishedVersion version = content.preview(id, lang, revision).orElseThrow(ReaderContext::notFound);
        int number = content.revision(version.revisionId()).orElseThrow().number();
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        List<SectionLink> sections = context.sectionLinks(language, Optional.of(version.sectionId()));
        List<Image> images = gallery.of(id);
        return new ModelAndView(ArticleController.VIEW)
                .addObject("preview", number)
                .addObject(
                        "article", version.withBody(bodyImages.render(version.body(), images, lang, language.locale())))
                .addObject("gallery", images)
                .addObject(
                        "lead", images.stream().filter(Image::lead).findFirst().orElse(null))
                .addObject("shownLanguage", language)
                .addObject("fallback", false)
                .addObject(
                        "section",
                        sections.stream()
                                .filter(SectionLink::current)
                                .findFirst()
                                .orElse(null))
                .addObject("sections", sections)
                .addObject("fields", fields.shown(id, language))
                .addObject("neighbours", new ReaderQueries.Neighbours(Optional.empty(), Optional.empty()));
    }
}
