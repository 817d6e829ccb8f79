package org.tilmash.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.support.Axe;
import org.tilmash.support.Browser;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.TestImages;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.pages.admin.ArticlePage;
import org.tilmash.support.pages.admin.GalleryPage;
import org.tilmash.support.pages.admin.LoginPage;

@TilmashTest
class GalleryJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @TempDir
    Path files;

    private String base() {
        return "http://localhost:" + port;
    }

    private String person(String prefix, Map<Role, Set<String>> roles) {
        String username = TestAccounts.unique(prefix);
        accounts.create(username, TestAccounts.PASSWORD, prefix, roles);
        return username;
    }

    private Path file(String name, byte[] bytes) throws Exception {
        return Files.write(files.resolve(name), bytes);
    }

    @Test
    void anEditorBuildsAGalleryWithRussianCaptionsAndAReaderBrowsesItWithTheKeyboard() throws Exception {
        String editor = person("editor", Map.of(Role.EDITOR, Set.of()));
        String reviewer = person("reviewer", Map.of(Role.REVIEWER, Set.of("ru")));
        List<Path> chosen = List.of(
                file("bridge.jpg", TestImages.jpeg(1200, 800, Color.BLUE)),
                file("river.png", TestImages.png(900, 600, Color.GREEN)),
                file("fake.jpg", "Not a photo at all, just text.".getBytes(StandardCharsets.UTF_8)),
                file("crowd.jpg", TestImages.jpegWithGps(1000, 750)));
        WebDriver browser = Browser.fresh("en");

        ArticlePage draft = LoginPage.open(browser, base())
                .loginAs(editor, TestAccounts.PASSWORD)
                .newArticle()
                .create("ru", 1, "Новый мост через Или", "Мост открыт.", "Движение по мосту открыто в субботу.");
        String path = draft.path();
        GalleryPage gallery = draft.gallery().upload(chosen, 3);

        assertThat(gallery.refusals()).containsExactly("fake.jpg: refused, this is not a JPEG, PNG, WebP or GIF image");
        assertThat(gallery.imageLabels())
                .containsExactly("Image 1: bridge.jpg", "Image 2: river.png", "Image 3: crowd.jpg");
        for (int i = 0; i < 3; i++) {
            gallery.describe(i, "Русский альт " + (i + 1), "Подпись " + (i + 1), "Фотограф " + (i + 1));
        }
        assertThat(Axe.violations(browser)).as("the gallery page").isEqualTo("[]");
        gallery.saveTexts();
        assertThat(gallery.notice()).isEqualTo("Image texts saved.");
        gallery.backToArticle().submit();

        browser.manage().deleteAllCookies();
        LoginPage.open(browser, base()).loginAs(reviewer, TestAccounts.PASSWORD);
        ArticlePage review = ArticlePage.open(browser, base(), path).approve();
        assertThat(review.state()).isEqualTo("Published");

        browser.manage().deleteAllCookies();
        String articleId = path.split("/")[3];
        browser.get(base() + "/ru/news/" + articleId);
        var article = org.tilmash.support.pages.ArticlePage.await(browser);
        assertThat(article.thumbnailAlts()).containsExactly("Русский альт 1", "Русский альт 2", "Русский альт 3");

        article.openImage(0);
        assertThat(article.lightboxAlt()).isEqualTo("Русский альт 1");
        assertThat(article.lightboxCaption()).isEqualTo("Подпись 1");
        assertThat(article.lightboxPosition()).isEqualTo("Изображение 1 из 3");
        assertThat(Axe.violations(browser)).as("the open lightbox").isEqualTo("[]");

        article.press(Keys.ARROW_RIGHT);
        assertThat(article.lightboxAlt()).isEqualTo("Русский альт 2");
        assertThat(article.lightboxPosition()).isEqualTo("Изображение 2 из 3");
        article.press(Keys.ARROW_RIGHT);
        assertThat(article.lightboxCaption()).isEqualTo("Подпись 3");
        article.press(Keys.ARROW_LEFT);
        assertThat(article.lightboxAlt()).isEqualTo("Русский альт 2");

        article.press(Keys.ESCAPE);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> !article.lightboxOpen());
        assertThat(article.focusedAlt()).as("focus returns to the thumbnail").isEqualTo("Русский альт 1");
    }
}
