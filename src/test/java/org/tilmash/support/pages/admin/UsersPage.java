package org.tilmash.support.pages.admin;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /admin/users}. */
public class UsersPage extends BackOfficePage {

    static final By MARKER = By.id("users");

    UsersPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public static UsersPage open(WebDriver driver, String baseUrl) {
        UsersPage page = new UsersPage(driver, baseUrl);
        page.open("/admin/users", MARKER);
        return page;
    }

    public UserFormPage newUser() {
        clickAndWait(By.id("new-user"), UserFormPage.MARKER);
        return new UserFormPage(driver, baseUrl);
    }

    /** What the list says the account may do, as the administrator reads it. */
    public String rolesOf(String username) {
        return row(username).findElements(By.tagName("td")).get(2).getText();
    }

    public UserFormPage openUser(String username) {
        WebElement html = driver.findElement(By.tagName("html"));
        row(username).findElement(By.linkText(username)).click();
        waitUntilReplaced(html, UserFormPage.MARKER);
        return new UserFormPage(driver, baseUrl);
    }

    private WebElement row(String username) {
        return driver.findElement(By.xpath("//table[@id='users']//tr[td/a[normalize-space()='" + username + "']]"));
    }
}
