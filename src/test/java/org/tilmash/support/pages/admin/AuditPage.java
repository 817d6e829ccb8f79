package org.tilmash.support.pages.admin;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code /admin/audit}: the administrator's audit trail. */
public class AuditPage extends BackOfficePage {

    static final By MARKER = By.id("audit");

    AuditPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public static AuditPage open(WebDriver driver, String baseUrl) {
        AuditPage page = new AuditPage(driver, baseUrl);
        page.open("/admin/audit", MARKER);
        return page;
    }

    /** Shows only what the person with this display name did, chosen from the list as an administrator would. */
    public AuditPage byPerson(String displayName) {
        new Select(driver.findElement(By.name("actor"))).selectByVisibleText(displayName);
        clickAndWait(By.cssSelector("form.filters button[type=submit]"), MARKER);
        return this;
    }

    /** Each row's cells as text. */
    public List<List<String>> rows() {
        return driver.findElements(By.cssSelector("#audit tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
    }

    /** The links in the row's article cell, as the administrator sees them. */
    public List<String> links(int row) {
        return driver
                .findElements(By.cssSelector("#audit tbody tr"))
                .get(row)
                .findElements(By.cssSelector("td.audit-article a"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    public RevisionPage openRevision(int row) {
        WebElement link = driver.findElements(By.cssSelector("#audit tbody tr"))
                .get(row)
                .findElement(By.cssSelector("a.revision-link"));
        String href = link.getDomAttribute("href");
        clickAndWait(By.cssSelector("a.revision-link[href='" + href + "']"), RevisionPage.MARKER);
        return new RevisionPage(driver, baseUrl);
    }
}
