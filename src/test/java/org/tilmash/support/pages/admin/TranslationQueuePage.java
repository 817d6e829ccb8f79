package org.tilmash.support.pages.admin;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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

    public TranslatePage translate(String title) {
        clickAndWait(By.linkText(title), TranslatePage.MARKER);
        return new TranslatePage(driver, baseUrl);
    }
}
