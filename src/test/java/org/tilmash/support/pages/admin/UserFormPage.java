package org.tilmash.support.pages.admin;

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

    public String oneTimePassword() {
        return driver.findElement(By.id("one-time-password")).getText();
    }

    public UserFormPage removeTranslatorLanguage(String language) {
        setTicked("translatorLanguages", language, false);
        clickAndWait(By.id("save-user"), MARKER);
        return this;
    }

    private void setTicked(String field, String value, boolean ticked) {
        WebElement box = driver.findElement(By.cssSelector("input[name='" + field + "'][value='" + value + "']"));
        if (box.isSelected() != ticked) {
            box.click();
        }
    }
}
