package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tilmash.content.Article;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.content.Section;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.support.TilmashTest;

/**
 * Plants a unique token in text that is not live — drafts, versions in review, withdrawn versions and new drafts of
 * live versions — in every language, then crawls every public URL a reader or robot can reach.
 */
@TilmashTest
class NothingUnpublishedLeaksTest {

    private static final String TOKEN = "zqxleak" + Long.toString(System.nanoTime(), 36);
    private static final Pattern LINK = Pattern.compile("(?:href|<loc>|<id>)=?\"?(?:http://localhost)?(/[^\"<\\s]*)");

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentService content;

    @Autowired
    LanguageRegistry languages;

    private Long plantedArticle;

    @BeforeEach
    void plant() {
        Section section = content.createSection("leak-test-" + System.nanoTime(), Map.of("en", "Leak test"));
        Article mixed = content.createArticle(section.getId(), "en", "leak-test");
        Long en = content.saveDraft(mixed.getId(), "en", clean("en"), "leak-test")
                .getVersion()
                .getId();
        content.publish(en, "leak-test", Instant.now());
        content.saveDraft(mixed.getId(), "en", secret("en"), "leak-test");
        int i = 0;
        for (String language : languages.codes()) {
            if (language.equals("en")) {
                continue;
            }
            Long version = content.saveDraft(mixed.getId(), language, secret(language), "leak-test")
                    .getVersion()
                    .getId();
            switch (i++ % 3) {
                case 0 -> content.submitForReview(version, "leak-test");
                case 1 -> {
                    content.publish(version, "leak-test", Instant.now());
                    content.unpublish(version, "leak-test");
                }
                default -> {}
            }
        }
        Article unpublished = content.createArticle(section.getId(), "ru", "leak-test");
        for (String language : languages.codes()) {
            content.saveDraft(unpublished.getId(), language, secret(language), "leak-test");
        }
        plantedArticle = mixed.getId();
    }

    private static ArticleText clean(String language) {
        return new ArticleText("Visible " + language, "Visible intro", "<p>Visible body</p>");
    }

    private static ArticleText secret(String language) {
        return new ArticleText(TOKEN + " title " + language, TOKEN + " intro", "<p>" + TOKEN + " body</p>");
    }

    @Test
    void noPublicUrlShowsUnpublishedText() throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/sitemap.xml"));
        languages.codes().forEach(code -> {
            queue.add("/" + code + "/");
            queue.add("/" + code + "/feed.xml");
            queue.add("/" + code + "/news/" + plantedArticle);
        });
        Set<String> seen = new HashSet<>();
        int crawled = 0;
        while (!queue.isEmpty() && crawled < 3000) {
            String url = queue.poll();
            if (!seen.add(url)) {
                continue;
            }
            MvcResult result = mvc.perform(get(url).header("Accept", "text/html,application/xml"))
                    .andReturn();
            crawled++;
            String body = result.getResponse().getContentAsString();
            String location = result.getResponse().getRedirectedUrl();
            assertThat(body.toLowerCase(Locale.ROOT)).as(url).doesNotContain(TOKEN);
            assertThat(String.valueOf(location)).as(url).doesNotContain(TOKEN);
            if (location != null) {
                queue.add(location.replace("http://localhost", ""));
            }
            Matcher links = LINK.matcher(body);
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (!link.startsWith("/theme/") && !link.startsWith("/login") && !link.startsWith("/admin")) {
                    queue.add(link);
                }
            }
        }
        System.out.println("Crawled " + crawled + " public URLs for unpublished text");
        assertThat(crawled).isGreaterThan(200);
        assertThat(seen).anyMatch(url -> url.startsWith("/en/news/" + plantedArticle + "-visible-en"));
    }
}
