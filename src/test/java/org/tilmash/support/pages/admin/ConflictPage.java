package org.tilmash.support.pages.admin;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The page a save that lost a race leads to: what the other person changed, and for each part where the texts differ
 * the saved text or one's own to choose.
 */
public class ConflictPage extends BackOfficePage {

    static final By MARKER = By.cssSelector("main.conflict");

    ConflictPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** The words the other person added since the revision this user started from. */
    public List<String> theirAdditions() {
        return driver.findElements(By.cssSelector(".their-changes ins")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Each part's label, in order. */
    public List<String> parts() {
        return driver.findElements(By.cssSelector("fieldset.part legend > span:first-child")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Whose text each part takes as the page stands: {@code THEIRS} or {@code MINE}. */
    public List<String> choices() {
        return driver.findElements(By.cssSelector("fieldset.part input[type=radio]:checked")).stream()
                .map(radio -> radio.getDomProperty("value"))
                .toList();
    }

    public ConflictPage takeMine(int part) {
        driver.findElements(By.cssSelector("fieldset.part"))
                .get(part)
                .findElement(By.cssSelector("input[value=MINE]"))
                .click();
        return this;
    }

    public ConflictPage confirmOverwrite() {
        driver.findElement(By.id("confirm-overwrite")).click();
        return this;
    }

    /** Saves choices that would replace the other person's change without confirming: the page comes back. */
    public ConflictPage saveRefused() {
        clickAndWait(By.id("save-merged"), MARKER);
        return new ConflictPage(driver, baseUrl);
    }

    public ArticlePage save() {
        clickAndWait(By.id("save-merged"), ArticlePage.MARKER);
        return new ArticlePage(driver, baseUrl);
    }

    public String error() {
        return driver.findElement(By.cssSelector(".alert.error")).getText();
    }
}
