package org.tilmash.support.pages.admin;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /login}. */
public class LoginPage extends BackOfficePage {

    private static final By SUBMIT = By.cssSelector("form button[type=submit]");

    static final By MARKER = By.id("username");

    LoginPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public static LoginPage open(WebDriver driver, String baseUrl) {
        return open(driver, baseUrl, "/login");
    }

    /** The sign-in page where {@code tilmash.web.login-path} puts it, e.g. inside a host application. */
    public static LoginPage open(WebDriver driver, String baseUrl, String loginPath) {
        LoginPage page = new LoginPage(driver, baseUrl);
        page.open(loginPath, MARKER);
        return page;
    }

    public DashboardPage loginAs(String username, String password) {
        fill(username, password);
        clickAndWait(SUBMIT, DashboardPage.MARKER);
        return new DashboardPage(driver, baseUrl);
    }

    /** With a one-time password the back office first asks for a new one. */
    public ProfilePage loginWithOneTimePassword(String username, String password) {
        fill(username, password);
        clickAndWait(SUBMIT, ProfilePage.MARKER);
        return new ProfilePage(driver, baseUrl);
    }

    /** Why the sign-in is asked for again: the session ended. */
    public String sessionEnded() {
        return driver.findElement(By.id("session-ended")).getText();
    }

    /** Signs in again after a form was posted into an ended session: the next page offers to send it. */
    public UnsavedPage signInAgain(String username, String password) {
        fill(username, password);
        clickAndWait(SUBMIT, UnsavedPage.MARKER);
        return new UnsavedPage(driver, baseUrl);
    }

    private void fill(String username, String password) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
    }
}
