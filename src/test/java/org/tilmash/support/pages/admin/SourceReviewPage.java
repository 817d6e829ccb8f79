package org.tilmash.support.pages.admin;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /admin/articles/{id}/{lang}/source}: a translation beside its source, read-only, for its reviewer. */
public class SourceReviewPage extends BackOfficePage {

    static final By MARKER = By.cssSelector("main.translation-review");

    SourceReviewPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public List<String> sourceTexts() {
        return texts(".segment .source .segment-source");
    }

    public List<String> translatedTexts() {
        return texts(".segment .target .segment-translation");
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }
}
