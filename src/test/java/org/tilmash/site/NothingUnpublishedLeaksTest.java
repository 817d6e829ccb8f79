package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.support.Fixture;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TilmashTest;
import org.tilmash.workflow.Workflow;

/**
 * Plants a unique token in text that is not live — drafts, versions in review, withdrawn versions and new drafts of
 * live versions — in every language, then crawls every public URL a reader or robot can reach.
 */
@TilmashTest
class NothingUnpublishedLeaksTest {

    private static final String TOKEN = "zqxleak" + Long.toString(System.nanoTime(), 36);
    private static final Pattern LINK = Pattern.compile("(?:href|<loc>|<id>)=?\"?(?:http://localhost)?(/[^\"<\\s]*)");

    @Autowired
    Fixture fixture;

    @Autowired
    Workflow workflow;

    @Autowired
    MockMvc mvc;

    @Autowired
    LanguageRegistry languages;

    private Long plantedArticle;

    @BeforeEach
    void plant() {
        String[] all = languages.codes().toArray(String[]::new);
        String editor = fixture.account("leak-editor", Role.EDITOR);
        String reviewer = fixture.account("leak-reviewer", Role.REVIEWER, all);
        Fixture.Section section = fixture.section("Leak test");
        Fixture.Article mixed = fixture.article("en")
                .in(section)
                .by(editor)
                .reviewedBy(reviewer)
                .published("en", clean("en"))
                .create();
        Long articleId = mixed.id();
        SignedIn.run(editor, () -> workflow.save(articleId, "en", secret("en"), Optional.empty()));
        int i = 0;
        for (String language : all) {
            if (language.equals("en")) {
                continue;
            }
            Long version = SignedIn.as(
                            editor, () -> workflow.save(articleId, language, secret(language), Optional.empty()))
                    .versionId();
            switch (i++ % 3) {
                case 0 -> SignedIn.run(editor, () -> workflow.submit(version));
                case 1 -> {
                    SignedIn.run(editor, () -> workflow.submit(version));
                    SignedIn.run(reviewer, () -> workflow.approve(version, Optional.empty()));
                    SignedIn.run(reviewer, () -> workflow.unpublish(version));
                }
                default -> {}
            }
        }
        Fixture.ArticleBuilder unpublished =
                fixture.article("ru").in(section).by(editor).reviewedBy(reviewer);
        for (String language : all) {
            unpublished.draft(language, secret(language));
        }
        unpublished.create();
        plantedArticle = articleId;
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
