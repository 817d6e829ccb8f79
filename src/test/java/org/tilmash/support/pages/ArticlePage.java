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

    /** The article's date as readers read it. */
    public String dateline() {
        return driver.findElement(By.cssSelector("article.story .meta time")).getText();
    }

    /** The same date as machines read it: ISO 8601 with the offset of its day. */
    public String datelineIso() {
        return driver.findElement(By.cssSelector("article.story .meta time")).getDomAttribute("datetime");
    }

    public String byline() {
        return driver.findElement(By.cssSelector("article.story .byline")).getText();
    }

    /** The application's own article fields as readers see them: label → text, in page order. */
    public java.util.Map<String, String> fields() {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        driver.findElements(By.cssSelector(".article-fields .field"))
                .forEach(field -> fields.put(
                        field.findElement(By.tagName("dt")).getText(),
                        field.findElement(By.tagName("dd")).getText()));
        return fields;
    }

    public String bodyText() {
        return driver.findElement(By.cssSelector("article.story .body")).getText();
    }

    /** Clicks the gallery's thumbnail at {@code index} (0 is the first) and waits for the lightbox. */
    public ArticlePage openImage(int index) {
        driver.findElements(By.cssSelector(".gallery a.thumbnail")).get(index).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(browser -> lightboxOpen());
        return this;
    }

    /** How the theme lays out the gallery's thumbnails: CSS {@code display} and list marker of their list. */
    public String thumbnailsLayout() {
        org.openqa.selenium.WebElement list = driver.findElement(By.cssSelector(".gallery .thumbnails"));
        return list.getCssValue("display") + " " + list.getCssValue("list-style-type");
    }

    public java.util.List<String> thumbnailAlts() {
        return driver.findElements(By.cssSelector(".gallery a.thumbnail img")).stream()
                .map(image -> image.getDomAttribute("alt"))
                .toList();
    }

    public boolean lightboxOpen() {
        return "true".equals(driver.findElement(By.id("lightbox")).getDomProperty("open"));
    }

    /** Presses a key where the focus is, as a keyboard user does. */
    public ArticlePage press(org.openqa.selenium.Keys key) {
        driver.switchTo().activeElement().sendKeys(key);
        return this;
    }

    public String lightboxAlt() {
        return driver.findElement(By.cssSelector("#lightbox img")).getDomAttribute("alt");
    }

    public String lightboxCaption() {
        return driver.findElement(By.cssSelector("#lightbox .lightbox-caption")).getText();
    }

    public String lightboxPosition() {
        return driver.findElement(By.cssSelector("#lightbox .lightbox-position"))
                .getText();
    }

    /** What the keyboard focus is on: its text, or its image's alt text for a thumbnail link. */
    public String focusedAlt() {
        return driver.switchTo().activeElement().findElement(By.tagName("img")).getDomAttribute("alt");
    }
}
