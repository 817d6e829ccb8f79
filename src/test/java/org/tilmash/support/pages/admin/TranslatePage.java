package org.tilmash.support.pages.admin;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The side-by-side translation editor: source segments on the left, the translation on the right. */
public class TranslatePage extends BackOfficePage {

    static final By MARKER = By.id("side-by-side");

    TranslatePage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public TranslatePage translateFrom(String pivotLanguage) {
        new Select(driver.findElement(By.id("pivot"))).selectByValue(pivotLanguage);
        clickAndWait(By.cssSelector("form.pivot button"), MARKER);
        return this;
    }

    /** The source text of each segment, in order. */
    public List<String> sourceSegments() {
        return driver.findElements(By.cssSelector(".segment-source")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Positions of the segments marked as changed in the source. */
    public List<Integer> changedSegments() {
        return driver.findElements(By.cssSelector("ol.segments li.segment.changed")).stream()
                .map(row -> Integer.parseInt(row.getDomAttribute("data-segment")))
                .toList();
    }

    public boolean showsSourceChanges() {
        return !driver.findElements(By.cssSelector(".source-changes ins, .source-changes del"))
                .isEmpty();
    }

    public String segment(int index) {
        return driver.findElement(By.id("segment-" + index)).getDomProperty("value");
    }

    public TranslatePage segment(int index, String text) {
        type(By.id("segment-" + index), text);
        return this;
    }

    public static TranslatePage open(WebDriver driver, String baseUrl, String versionPath) {
        TranslatePage page = new TranslatePage(driver, baseUrl);
        page.open(versionPath + "/translate", MARKER);
        return page;
    }

    /** The rendered widths of the source and the target column of the first segment, in pixels. */
    public List<Integer> columnWidths() {
        WebElement first = driver.findElement(By.cssSelector("ol.segments li.segment"));
        return List.of(
                first.findElement(By.cssSelector(".source")).getRect().getWidth(),
                first.findElement(By.cssSelector(".target")).getRect().getWidth());
    }

    /** Puts the cursor in segment {@code index}'s field. */
    public TranslatePage focus(int index) {
        driver.findElement(By.id("segment-" + index)).click();
        return this;
    }

    /** Presses keys in the field that has the focus, e.g. Alt+Down to move to the next segment. */
    public TranslatePage press(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
        return this;
    }

    /** Types at the end of the field that has the focus. */
    public TranslatePage typeHere(String text) {
        driver.switchTo().activeElement().sendKeys(text);
        return this;
    }

    public String focusedId() {
        return driver.switchTo().activeElement().getDomAttribute("id");
    }

    public String progress() {
        return driver.findElement(By.id("progress")).getText();
    }

    /** The notes of the image segments a translation carries over without a field. */
    public List<String> carriedNotes() {
        return driver.findElements(By.cssSelector(".segment.carried .carried-note")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public int fieldHeight(int index) {
        return driver.findElement(By.id("segment-" + index)).getRect().getHeight();
    }

    /** The image texts' fields of image {@code index}: alt, caption, credit. */
    public List<String> imageTexts(int index) {
        return List.of("image-alt-", "image-caption-", "image-credit-").stream()
                .map(prefix -> driver.findElement(By.id(prefix + index)).getDomProperty("value"))
                .toList();
    }

    public TranslatePage imageAlt(int index, String alt) {
        type(By.id("image-alt-" + index), alt);
        return this;
    }

    public ArticlePage save() {
        clickAndWait(By.id("save-translation"), ArticlePage.MARKER);
        return new ArticlePage(driver, baseUrl);
    }
}
