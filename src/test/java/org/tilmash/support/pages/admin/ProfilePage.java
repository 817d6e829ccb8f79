package org.tilmash.support.pages.admin;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** {@code /admin/profile}: the user's own language, address for notifications and password. */
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

    public static ProfilePage open(WebDriver driver, String baseUrl) {
        ProfilePage page = new ProfilePage(driver, baseUrl);
        page.open("/admin/profile", MARKER);
        return page;
    }

    /** Sends an address for notifications; the next page is the profile again, saved or refused. */
    public ProfilePage changeEmail(String address) {
        driver.findElement(By.id("email")).clear();
        driver.findElement(By.id("email")).sendKeys(address);
        clickAndWait(By.id("save-email"), MARKER);
        return this;
    }

    /** The address in the field, as typed or as saved. */
    public String email() {
        return driver.findElement(By.id("email")).getDomProperty("value");
    }

    /** The message next to the address, or empty. */
    public String emailError() {
        return driver.findElements(By.id("email-error")).stream()
                .map(org.openqa.selenium.WebElement::getText)
                .findFirst()
                .orElse("");
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
