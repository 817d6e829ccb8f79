package org.tilmash.support.pages.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /admin/translations}: what a translator has to translate or update. */
public class TranslationQueuePage extends BackOfficePage {

    static final By MARKER = By.cssSelector("main h1");

    TranslationQueuePage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public static TranslationQueuePage open(WebDriver driver, String baseUrl) {
        TranslationQueuePage page = new TranslationQueuePage(driver, baseUrl);
        page.open("/admin/translations", MARKER);
        return page;
    }

    public List<String> titles() {
        return driver.findElements(By.cssSelector("#queue tbody td:first-child a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The editor address of every item listed, in the queue's order. */
    public List<String> paths() {
        return driver.findElements(By.cssSelector("#queue tbody td:first-child a")).stream()
                .map(link -> link.getDomAttribute("href"))
                .toList();
    }

    /** Downloads the XLIFF file of all work in {@code language} from {@code pivot}; returns the saved file. */
    public Path downloadXliff(String language, String pivot, Path downloads) {
        new Select(driver.findElement(By.id("pivot-" + language))).selectByValue(pivot);
        WebElement form = driver.findElement(By.id("pivot-" + language)).findElement(By.xpath("./ancestor::form"));
        form.findElement(By.cssSelector("button")).click();
        String name = "queue-" + pivot + "-" + language + ".xlf";
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Files.exists(downloads.resolve(name)));
        return downloads.resolve(name);
    }

    public TranslationQueuePage upload(Path file) {
        driver.findElement(By.id("xliff-file")).sendKeys(file.toAbsolutePath().toString());
        clickAndWait(By.id("xliff-upload"), MARKER);
        return this;
    }

    /** Why the last upload was refused, as the page says it. */
    public String refusal() {
        return driver.findElement(By.cssSelector(".alert.error[role=alert]")).getText();
    }

    public TranslatePage translate(String title) {
        clickAndWait(By.linkText(title), TranslatePage.MARKER);
        return new TranslatePage(driver, baseUrl);
    }
}
