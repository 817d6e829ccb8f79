package org.tilmash.site;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tilmash.content.ContentService;
import org.tilmash.content.Section;
import org.tilmash.i18n.IcuFormats;
import org.tilmash.i18n.Language;
import org.tilmash.i18n.LanguageRegistry;

@Controller
class HomeController {

    static final String VIEW = "site/home";
    private static final int LATEST = 10;

    private final ContentService content;
    private final LanguageRegistry languages;
    private final IcuFormats formats;

    HomeController(ContentService content, LanguageRegistry languages, IcuFormats formats) {
        this.content = content;
        this.languages = languages;
        this.formats = formats;
    }

    @GetMapping("/{lang}/")
    String home(@PathVariable String lang, Model model) {
        Language language = languages.require(lang);
        model.addAttribute("latest", content.latestLive(lang, LATEST));
        model.addAttribute("sections", sectionLinks(language));
        return VIEW;
    }

    private List<SectionLink> sectionLinks(Language language) {
        List<String> chain =
                languages.chain(language).stream().map(Language::code).toList();
        Map<Long, Integer> counts = content.publishedCounts(language.code());
        Comparator<String> collation = formats.collation(language.locale());
        return content.sections().stream()
                .map(section -> SectionLink.of(section, chain, counts))
                .sorted(Comparator.comparing(SectionLink::name, collation))
                .toList();
    }

    /** A section as the reader sees it: its name in their language and how many articles it holds. */
    record SectionLink(String slug, String name, int count) {

        static SectionLink of(Section section, List<String> chain, Map<Long, Integer> counts) {
            return new SectionLink(section.getSlug(), section.name(chain), counts.getOrDefault(section.getId(), 0));
        }
    }
}
