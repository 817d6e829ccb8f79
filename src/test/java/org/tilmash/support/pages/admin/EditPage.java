package org.tilmash.support.pages.admin;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /admin/articles/{id}/{lang}/edit}: the article editor. */
public class EditPage extends BackOfficePage {

    static final By MARKER = By.cssSelector("form.editor");

    EditPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public static EditPage open(WebDriver driver, String baseUrl, String versionPath) {
        EditPage page = new EditPage(driver, baseUrl);
        page.open(versionPath + "/edit", MARKER);
        return page;
    }

    public EditPage title(String title) {
        type(By.id("title"), title);
        return this;
    }

    public EditPage body(String text) {
        typeRichText("body", text);
        return this;
    }

    public String titleValue() {
        return driver.findElement(By.id("title")).getDomProperty("value");
    }

    public ArticlePage save() {
        clickAndWait(By.id("save"), ArticlePage.MARKER);
        return new ArticlePage(driver, baseUrl);
    }

    /** Saves when someone else saved meanwhile: the next page is the conflict page. */
    public ConflictPage saveIntoConflict() {
        clickAndWait(By.id("save"), ConflictPage.MARKER);
        return new ConflictPage(driver, baseUrl);
    }
}
