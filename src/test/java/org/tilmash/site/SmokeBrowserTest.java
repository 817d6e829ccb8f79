package org.tilmash.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.tilmash.support.Browser;
import org.tilmash.support.TilmashTest;
import org.tilmash.support.pages.HomePage;

@TilmashTest
class SmokeBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Test
    void aRussianReaderLandsOnTheRussianHomePage() {
        WebDriver browser = Browser.fresh("ru-RU,ru");
        browser.get("http://localhost:" + port + "/");
        HomePage home = new HomePage(browser);

        assertThat(browser.getCurrentUrl()).endsWith("/ru/");
        assertThat(home.htmlLang()).isEqualTo("ru");
        assertThat(home.heading()).isEqualTo(messages.getMessage("home.latest", null, Locale.forLanguageTag("ru")));
        assertThat(home.heading()).matches(".*\\p{IsCyrillic}.*");
        assertThat(home.headlines()).isNotEmpty();
    }
}
