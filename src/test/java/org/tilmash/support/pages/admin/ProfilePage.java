package org.tilmash.support.pages.admin;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** {@code /admin/profile}: the user's own language and password. */
public class ProfilePage extends BackOfficePage {

    static final By MARKER = By.id("password-form");

    ProfilePage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public ProfilePage changePassword(String current, String chosen) {
        driver.findElement(By.id("currentPassword")).sendKeys(current);
        driver.findElement(By.id("newPassword")).sendKeys(chosen);
        driver.findElement(By.id("confirmPassword")).sendKeys(chosen);
        clickAndWait(By.id("save-password"), MARKER);
        return this;
    }

    public ProfilePage chooseLanguage(String code) {
        new Select(driver.findElement(By.id("language"))).selectByValue(code);
        clickAndWait(By.id("save-language"), MARKER);
        return this;
    }

    public DashboardPage dashboard() {
        clickAndWait(By.cssSelector("a.brand"), DashboardPage.MARKER);
        return new DashboardPage(driver, baseUrl);
    }
}
