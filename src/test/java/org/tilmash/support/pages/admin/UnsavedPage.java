package org.tilmash.support.pages.admin;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /admin/unsaved}: a form whose session ended before it was saved, offered to be sent after signing in. */
public class UnsavedPage extends BackOfficePage {

    static final By MARKER = By.cssSelector("form#unsaved");

    UnsavedPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** The texts the page says it will save, once its disclosure is opened. */
    public List<String> typedText() {
        driver.findElement(By.cssSelector("details.unsaved-text summary")).click();
        return driver.findElements(By.cssSelector("details.unsaved-text blockquote")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public ArticlePage send() {
        clickAndWait(By.id("send-unsaved"), ArticlePage.MARKER);
        return new ArticlePage(driver, baseUrl);
    }
}
