package org.tilmash.support.pages.admin;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A back-office error page, such as a refused URL. */
public class ErrorPage extends BackOfficePage {

    static final By MARKER = By.id("back-to-dashboard");

    ErrorPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** Opens a back-office URL by hand, as a user typing or pasting it would, expecting a refusal. */
    public static ErrorPage openRefused(WebDriver driver, String baseUrl, String path) {
        ErrorPage page = new ErrorPage(driver, baseUrl);
        page.open(path, MARKER);
        return page;
    }

    public String explanation() {
        return driver.findElement(By.cssSelector("main p")).getText();
    }
}
