package org.tilmash.support.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Any page of the public site: what every page has, whatever the theme. */
public class SitePage {

    protected final WebDriver driver;

    protected SitePage(WebDriver driver) {
        this.driver = driver;
    }

    public String htmlLang() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    public String htmlDir() {
        return driver.findElement(By.tagName("html")).getDomAttribute("dir");
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String title() {
        return driver.getTitle();
    }
}
