package org.tilmash.support.pages.admin;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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

    /**
     * Inserts an image of the gallery into the body as an editor does: the editor's image button, the gallery's image
     * list, the entry titled {@code entry}, Save. Answers the titles the list offered.
     */
    public List<String> insertImage(String entry) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[aria-label='Insert/edit image']")))
                .click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tox-dialog")));
        dialog.findElement(By.cssSelector("button.tox-listbox")).click();
        List<WebElement> items = wait.until(
                ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(".tox-menu .tox-collection__item")));
        List<String> offered =
                items.stream().map(item -> item.getText().strip()).toList();
        items.stream()
                .filter(item -> item.getText().strip().equals(entry))
                .findFirst()
                .orElseThrow(() -> new AssertionError(entry + " is not among " + offered))
                .click();
        dialog.findElement(By.cssSelector(".tox-dialog__footer button[title='Save']"))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tox-dialog")));
        return offered;
    }

    /** What the body's textarea will send: the editor writes its content back into it. */
    public String bodyValue() {
        return driver.findElement(By.id("body")).getDomProperty("value");
    }

    public String titleValue() {
        return driver.findElement(By.id("title")).getDomProperty("value");
    }

    public ArticlePage save() {
        clickAndWait(By.id("save"), ArticlePage.MARKER);
        return new ArticlePage(driver, baseUrl);
    }

    /** Saves after the session ended: the next page asks to sign in again. */
    public LoginPage saveAfterSessionEnded() {
        clickAndWait(By.id("save"), LoginPage.MARKER);
        return new LoginPage(driver, baseUrl);
    }

    /** Saves when someone else saved meanwhile: the next page is the conflict page. */
    public ConflictPage saveIntoConflict() {
        clickAndWait(By.id("save"), ConflictPage.MARKER);
        return new ConflictPage(driver, baseUrl);
    }
}
