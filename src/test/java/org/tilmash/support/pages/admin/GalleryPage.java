package org.tilmash.support.pages.admin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /admin/articles/{id}/{lang}/gallery}: an article's images and their texts in one language. */
public class GalleryPage extends BackOfficePage {

    static final By MARKER = By.id("gallery-region");
    private static final By ITEMS = By.cssSelector("#gallery li.gallery-item");

    GalleryPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** Chooses the files at once, as a multiple file picker does, and waits for every file's verdict. */
    public GalleryPage upload(List<Path> files, int imagesAfterwards) {
        driver.findElement(By.id("files"))
                .sendKeys(files.stream()
                        .map(path -> path.toAbsolutePath().toString())
                        .collect(Collectors.joining("\n")));
        driver.findElement(By.id("upload")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(browser ->
                browser.findElements(By.cssSelector("#upload-results li.accepted, #upload-results li.refused"))
                                .size()
                        == files.size());
        wait.until(browser -> browser.findElements(ITEMS).size() == imagesAfterwards);
        return this;
    }

    /** The verdicts shown under the upload form, in the order the files were chosen. */
    public List<String> refusals() {
        return driver.findElements(By.cssSelector("#upload-results li.refused")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public List<String> imageLabels() {
        return driver.findElements(By.cssSelector("#gallery .file-name")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Types the texts of the image at {@code index} (0 is the first). */
    public GalleryPage describe(int index, String alt, String caption, String credit) {
        WebElement item = driver.findElements(ITEMS).get(index);
        fill(item.findElement(By.cssSelector("input.alt")), alt);
        fill(item.findElement(By.cssSelector("textarea.caption")), caption);
        fill(item.findElement(By.cssSelector("input.credit")), credit);
        return this;
    }

    public GalleryPage saveTexts() {
        clickAndWait(By.id("save-texts"), MARKER);
        return this;
    }

    public ArticlePage backToArticle() {
        clickAndWait(By.id("to-article"), ArticlePage.MARKER);
        return new ArticlePage(driver, baseUrl);
    }

    private static void fill(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }
}
