package org.tilmash.support.pages.admin;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /admin/users/new} and {@code /admin/users/{id}}: an account's name, roles and languages. */
public class UserFormPage extends BackOfficePage {

    static final By MARKER = By.id("user-form");

    UserFormPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** Creates the account; the next page is the account's own page showing the one-time password. */
    public UserFormPage create(String username, String displayName, String role, String language) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("displayName")).sendKeys(displayName);
        setTicked("roles", role, true);
        setTicked("translatorLanguages", language, true);
        clickAndWait(By.id("save-user"), By.id("one-time-password"));
        return this;
    }

    /** Fills in a new account without saving it. */
    public UserFormPage fillIn(String username, String displayName) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("displayName")).sendKeys(displayName);
        return this;
    }

    public UserFormPage tick(String field, String value, boolean ticked) {
        setTicked(field, value, ticked);
        return this;
    }

    /** Sends the form; the next page is this form again, saved or refused. */
    public UserFormPage save() {
        clickAndWait(By.id("save-user"), MARKER);
        return this;
    }

    public String oneTimePassword() {
        return driver.findElement(By.id("one-time-password")).getText();
    }

    /** A translator keeps a language: one is taken away and another given in one save. */
    public UserFormPage replaceTranslatorLanguage(String removed, String added) {
        setTicked("translatorLanguages", removed, false);
        setTicked("translatorLanguages", added, true);
        clickAndWait(By.id("save-user"), MARKER);
        return this;
    }

    /** The message next to {@code field}, or empty when it has none. */
    public String fieldError(String field) {
        List<WebElement> error = driver.findElements(By.id(field + "-error"));
        return error.isEmpty() ? "" : error.getFirst().getText();
    }

    public boolean isTicked(String field, String value) {
        return box(field, value).isSelected();
    }

    public String value(String field) {
        return driver.findElement(By.id(field)).getDomProperty("value");
    }

    public UserFormPage disable() {
        clickAndWait(By.id("disable-user"), By.id("enable-user"));
        return this;
    }

    public UserFormPage enable() {
        clickAndWait(By.id("enable-user"), By.id("disable-user"));
        return this;
    }

    public UserFormPage issueOneTimePassword() {
        clickAndWait(By.id("issue-one-time-password"), By.id("one-time-password"));
        return this;
    }

    /** The page's confirmation, or empty. */
    public String notice() {
        List<WebElement> notice = driver.findElements(By.cssSelector("main .alert.info"));
        return notice.isEmpty() ? "" : notice.getFirst().getText();
    }

    private void setTicked(String field, String value, boolean ticked) {
        WebElement box = box(field, value);
        if (box.isSelected() != ticked) {
            box.click();
        }
    }

    private WebElement box(String field, String value) {
        return driver.findElement(By.cssSelector("input[name='" + field + "'][value='" + value + "']"));
    }
}
