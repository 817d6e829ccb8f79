package org.tilmash.support.pages.admin;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /admin/articles/{id}/{lang}/revisions/{number}}: one revision, read-only. */
public class RevisionPage extends BackOfficePage {

    static final By MARKER = By.cssSelector("main.revision-view");

    RevisionPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public String title() {
        return driver.findElement(By.cssSelector("article.working-text h1")).getText();
    }

    public String readOnlyNote() {
        return driver.findElement(By.id("read-only")).getText();
    }

    public String author() {
        return driver.findElement(By.id("revision-author")).getText();
    }

    public boolean hasForms() {
        return !driver.findElements(By.cssSelector("main form")).isEmpty();
    }
}
