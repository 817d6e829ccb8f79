package org.tilmash.support.pages.admin;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code /admin/articles}: search, filters, the list, and the bulk actions under it. */
public class ArticlesPage extends BackOfficePage {

    static final By MARKER = By.id("article-filters");

    ArticlesPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public static ArticlesPage fromNavigation(WebDriver driver, String baseUrl) {
        ArticlesPage page = new ArticlesPage(driver, baseUrl);
        page.navigate(By.id("nav-articles"), MARKER);
        return page;
    }

    public ArticlesPage search(String words) {
        type(By.id("q"), words);
        clickAndWait(By.id("apply-filters"), MARKER);
        return this;
    }

    public ArticlesPage sortByDate() {
        clickAndWait(By.id("sort-date"), MARKER);
        return this;
    }

    public List<String> titles() {
        return driver.findElements(By.cssSelector("#articles tbody td:nth-child(2) a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public ArticlesPage choose(String title) {
        driver.findElement(By.xpath("//table[@id='articles']//tr[.//a[normalize-space()='" + title + "']]//input"))
                .click();
        return this;
    }

    /** Asks what the action would do to the chosen articles; nothing changes yet. */
    public BulkPage rehearse(String action, String languageLabel) {
        new Select(driver.findElement(By.id("bulk-action"))).selectByVisibleText(action);
        new Select(driver.findElement(By.id("bulk-language"))).selectByVisibleText(languageLabel);
        clickAndWait(By.id("bulk-preview"), BulkPage.MARKER);
        return new BulkPage(driver, baseUrl);
    }

    public ArticlesPage moveTo(String section) {
        new Select(driver.findElement(By.id("bulk-section"))).selectByVisibleText(section);
        return this;
    }
}
