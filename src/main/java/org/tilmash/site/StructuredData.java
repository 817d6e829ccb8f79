package org.tilmash.site;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tilmash.content.PublishedVersion;
import org.tilmash.i18n.IcuFormats;
import org.tilmash.i18n.Language;
import org.tilmash.i18n.TilmashMessages;
import tools.jackson.databind.json.JsonMapper;

/** The schema.org {@code NewsArticle} of an article page, as search engines and news aggregators read it. */
@Component
class StructuredData {

    private final JsonMapper json = JsonMapper.builder().build();
    private final IcuFormats formats;
    private final TilmashMessages messages;

    StructuredData(IcuFormats formats, TilmashMessages messages) {
        this.formats = formats;
        this.messages = messages;
    }

    /** JSON safe inside a {@code <script>} element: no {@code </script>} can close it early. */
    String article(PublishedVersion article, String canonical, @Nullable String sectionName, Language requested) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        data.put("mainEntityOfPage", canonical);
        data.put("headline", article.title());
        data.put("description", article.intro());
        data.put("inLanguage", article.language());
        data.put("datePublished", formats.iso(article.dateline()));
        if (sectionName != null) {
            data.put("articleSection", sectionName);
        }
        if (!article.byline().isEmpty()) {
            data.put("author", Map.of("@type", "Organization", "name", article.byline()));
        }
        data.put(
                "publisher",
                Map.of("@type", "Organization", "name", messages.getMessage("site.name", null, requested.locale())));
        return json.writeValueAsString(data)
                .replace("<", "\\u003c")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }
}
