package org.tilmash.support.pages.admin;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /admin/users}. */
public class UsersPage extends BackOfficePage {

    static final By MARKER = By.id("users");

    UsersPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public UserFormPage newUser() {
        clickAndWait(By.id("new-user"), UserFormPage.MARKER);
        return new UserFormPage(driver, baseUrl);
    }
}
