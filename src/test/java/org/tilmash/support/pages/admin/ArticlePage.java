package org.tilmash.support.pages.admin;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /admin/articles/{id}/{lang}}: one language version's working text. */
public class ArticlePage extends BackOfficePage {

    static final By MARKER = By.cssSelector("main article");
    private static final By EDIT = By.cssSelector(".actions a.button");

    ArticlePage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** Follows the edit link when the server no longer allows it: the next page is the refusal. */
    public ErrorPage editRefused() {
        clickAndWait(EDIT, ErrorPage.MARKER);
        return new ErrorPage(driver, baseUrl);
    }
}
