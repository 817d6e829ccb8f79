package org.tilmash.support.pages.admin;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /admin}: what waits for the user, their unread messages and their own open work. */
public class DashboardPage extends BackOfficePage {

    static final By MARKER = By.cssSelector("main.dashboard");
    private static final By WORK_ROWS = By.cssSelector("#work tbody tr");

    DashboardPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public static DashboardPage open(WebDriver driver, String baseUrl) {
        DashboardPage page = new DashboardPage(driver, baseUrl);
        page.open("/admin", MARKER);
        return page;
    }

    public String workHeading() {
        return driver.findElement(By.id("work-heading")).getText();
    }

    /** The language of every version listed as the user's work. */
    public List<String> workLanguages() {
        return driver.findElements(WORK_ROWS).stream()
                .map(row -> row.getDomAttribute("data-lang"))
                .toList();
    }

    /** The path of the first version listed, e.g. {@code /admin/articles/12/kk}. */
    public String firstWorkPath() {
        WebElement link = driver.findElement(By.cssSelector("#work tbody tr a"));
        return link.getDomAttribute("href");
    }

    public ArticlePage openFirstWork() {
        clickAndWait(By.cssSelector("#work tbody tr a"), ArticlePage.MARKER);
        return new ArticlePage(driver, baseUrl);
    }

    /** The titles of the articles listed as waiting for the user. */
    public List<String> waitingTitles() {
        return driver.findElements(By.cssSelector("#needs-action .action-list > li > a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Everything the "waiting for you" panel says, its translation queue included. */
    public String waitingText() {
        return driver.findElement(By.id("needs-action")).getText();
    }

    /** How much of the translation queue waits, as the dashboard counts it. */
    public String translationQueueSummary() {
        return driver.findElement(By.id("translation-queue-count")).getText();
    }

    /** The editor addresses of the queue's first items, as the dashboard lists them. */
    public List<String> translationQueuePaths() {
        return driver.findElements(By.cssSelector("#translation-queue-items a")).stream()
                .map(link -> link.getDomAttribute("href"))
                .toList();
    }

    public TranslationQueuePage translationQueue() {
        clickAndWait(By.id("translation-queue-open"), TranslationQueuePage.MARKER);
        return new TranslationQueuePage(driver, baseUrl);
    }

    /** The headings of the dashboard's panels, in order. */
    public List<String> panels() {
        return driver.findElements(By.cssSelector(".panels > section h2")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Follows the navigation to the coverage page; the page object stays a generic back-office page. */
    public DashboardPage coverage() {
        navigate(By.id("nav-coverage"), By.id("coverage-summary"));
        return this;
    }

    public UsersPage users() {
        navigate(By.id("nav-users"), UsersPage.MARKER);
        return new UsersPage(driver, baseUrl);
    }
}
