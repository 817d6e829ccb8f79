package org.tilmash.support.pages;

import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One article, in the reader's language or a fallback. */
public class ArticlePage extends SitePage {

    ArticlePage(WebDriver driver) {
        super(driver);
    }

    public static ArticlePage await(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.story")));
        return new ArticlePage(driver);
    }

    public String articleTitle() {
        return driver.findElement(By.cssSelector("article.story h1")).getText();
    }

    /** The language the article text is in, which differs from the page's on a fallback. */
    public String textLanguage() {
        return driver.findElement(By.cssSelector("article.story")).getDomAttribute("lang");
    }

    public Optional<String> fallbackNotice() {
        return driver.findElements(By.cssSelector(".notice")).stream()
                .findFirst()
                .map(e -> e.getText());
    }

    /** The article id from the URL {@code /{lang}/news/{id}-{slug}}. */
    public String articleId() {
        String last = path().substring(path().lastIndexOf('/') + 1);
        return last.substring(0, last.indexOf('-'));
    }

    public String bodyText() {
        return driver.findElement(By.cssSelector("article.story .body")).getText();
    }
}
