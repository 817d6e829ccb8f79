package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tilmash.accounts.Role;
import org.tilmash.content.ContentService;
import org.tilmash.support.Fixture;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.WebVisitor;

/** The editor's own limits decide how long an article may be, not the servlet container's limit on a form. */
@TilmashTest
class LargeArticleTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @Autowired
    ContentService content;

    @Test
    void aCyrillicBodyNearTheEditorsLimitIsSavedThoughItsFormIsLargerThanTomcatsDefault() {
        String editor = fixture.account("long-reads", Role.EDITOR);
        Fixture.Section section = fixture.section("Long reads " + TestAccounts.unique("s"));
        // About 498,000 characters, under the body's limit of 500,000; percent-encoded, the form is about 2.4 MB.
        String body = "<p>" + "Долгий текст о воде. ".repeat(23_700) + "</p>";
        WebVisitor browser = new WebVisitor(port, "ru");
        browser.login(editor, TestAccounts.PASSWORD);

        HttpResponse<String> created = browser.submit(
                "/admin/articles/new",
                "/admin/articles/new",
                Map.of(
                        "sourceLanguage", "ru",
                        "sectionId", String.valueOf(section.id()),
                        "title", "Длинный отчёт",
                        "intro", "Весь отчёт одной статьёй.",
                        "body", body));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        Long articleId = Long.valueOf(location.replaceAll(".*/admin/articles/(\\d+)/ru$", "$1"));
        assertThat(content.findVersion(articleId, "ru").orElseThrow().working().body())
                .hasSizeGreaterThan(490_000);
    }
}
