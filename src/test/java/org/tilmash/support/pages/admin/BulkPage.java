package org.tilmash.support.pages.admin;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What a bulk action would do, item by item, before it runs. */
public class BulkPage extends BackOfficePage {

    static final By MARKER = By.id("bulk-summary");

    BulkPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public String summary() {
        return driver.findElement(MARKER).getText();
    }

    public List<String> refusalReasons() {
        return driver.findElements(By.cssSelector(".refusal h2")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public ArticlesPage run() {
        clickAndWait(By.id("bulk-run"), ArticlesPage.MARKER);
        return new ArticlesPage(driver, baseUrl);
    }
}
