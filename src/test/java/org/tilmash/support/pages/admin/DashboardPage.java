package org.tilmash.support.pages.admin;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /admin}: the user's work. */
public class DashboardPage extends BackOfficePage {

    static final By MARKER = By.cssSelector("main h2");
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
        return driver.findElement(MARKER).getText();
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

    public UsersPage users() {
        clickAndWait(By.cssSelector(".admin-nav a[href$='/admin/users']"), UsersPage.MARKER);
        return new UsersPage(driver, baseUrl);
    }
}
