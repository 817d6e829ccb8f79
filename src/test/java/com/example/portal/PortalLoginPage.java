package com.example.portal;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The portal's own sign-in page (Spring Security's generated form), where a newsroom address sends its members. */
final class PortalLoginPage {

    private static final By FORM = By.cssSelector("form[action$='/portal/login']");

    private final WebDriver driver;

    private PortalLoginPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens {@code path} (a newsroom address) and expects the portal's sign-in page in its place. */
    static PortalLoginPage reachedFrom(WebDriver driver, String origin, String path) {
        driver.get(origin + path);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(FORM));
        return new PortalLoginPage(driver);
    }

    /** Signs in and waits for the page the portal sends back to (the newsroom address asked for). */
    void signIn(String username, String password) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.not(ExpectedConditions.presenceOfElementLocated(FORM)));
    }
}
