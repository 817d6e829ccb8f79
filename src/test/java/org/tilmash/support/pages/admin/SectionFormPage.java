package org.tilmash.support.pages.admin;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A section's names and slugs in every language, new or existing. */
public class SectionFormPage extends BackOfficePage {

    static final By MARKER = By.id("section-form");

    SectionFormPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public SectionFormPage name(String language, String name) {
        type(By.id("name-" + language), name);
        return this;
    }

    public SectionFormPage slug(String language, String slug) {
        type(By.id("slug-" + language), slug);
        return this;
    }

    public String slug(String language) {
        return driver.findElement(By.id("slug-" + language)).getDomProperty("value");
    }

    public SectionsPage save() {
        clickAndWait(By.id("save-section"), SectionsPage.MARKER);
        return new SectionsPage(driver, baseUrl);
    }

    /** Saves a form the server refuses: the same form comes back with the reason and what was typed. */
    public SectionFormPage saveRefused() {
        clickAndWait(By.id("save-section"), MARKER);
        return this;
    }

    public String error() {
        return driver.findElement(By.cssSelector(".alert.error")).getText();
    }
}
