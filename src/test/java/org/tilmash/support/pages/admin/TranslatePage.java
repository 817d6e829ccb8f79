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
        return driver.findElements(By.cssSelector("table.segments tr.changed")).stream()
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

    public ArticlePage save() {
        clickAndWait(By.id("save-translation"), ArticlePage.MARKER);
        return new ArticlePage(driver, baseUrl);
    }
}
