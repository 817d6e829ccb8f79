package org.tilmash.support.pages.admin;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** {@code /admin/articles/new}: an editor starts an article. */
public class NewArticlePage extends BackOfficePage {

    static final By MARKER = By.id("sourceLanguage");

    NewArticlePage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public ArticlePage create(String sourceLanguage, int sectionIndex, String title, String intro, String body) {
        new Select(driver.findElement(By.id("sourceLanguage"))).selectByValue(sourceLanguage);
        new Select(driver.findElement(By.id("sectionId"))).selectByIndex(sectionIndex);
        type(By.id("title"), title);
        type(By.id("intro"), intro);
        typeRichText("body", body);
        clickAndWait(By.id("save"), ArticlePage.MARKER);
        return new ArticlePage(driver, baseUrl);
    }

    /** Starts an older news item: dated in the past (site time), in a section chosen by name, with a byline. */
    public ArticlePage createDated(
            String sectionName, String localDateTime, String title, String intro, String byline, String body) {
        new Select(driver.findElement(By.id("sectionId"))).selectByVisibleText(sectionName);
        setDateTime(By.id("dateline"), localDateTime);
        type(By.id("title"), title);
        type(By.id("intro"), intro);
        type(By.id("byline"), byline);
        typeRichText("body", body);
        clickAndWait(By.id("save"), ArticlePage.MARKER);
        return new ArticlePage(driver, baseUrl);
    }

    /** Submits without a title: the same form comes back with the error and what was typed. */
    public NewArticlePage createWithoutTitle(int sectionIndex, String intro) {
        new Select(driver.findElement(By.id("sectionId"))).selectByIndex(sectionIndex);
        type(By.id("intro"), intro);
        clickAndWait(By.id("save"), MARKER);
        return this;
    }

    public String fieldError() {
        return driver.findElement(By.cssSelector(".field-error")).getText();
    }

    public String introValue() {
        return driver.findElement(By.id("intro")).getDomProperty("value");
    }
}
