package org.tilmash.support.pages.admin;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The page a save that lost a race leads to: the saved text beside the user's own, still editable. */
public class ConflictPage extends BackOfficePage {

    static final By MARKER = By.cssSelector("main.conflict");

    ConflictPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public String theirTitle() {
        return driver.findElement(By.cssSelector(".theirs h3")).getText();
    }

    public String myTitle() {
        return driver.findElement(By.cssSelector(".mine #title")).getDomProperty("value");
    }

    public String myBody() {
        return driver.findElement(By.cssSelector(".mine #body")).getDomProperty("value");
    }
}
