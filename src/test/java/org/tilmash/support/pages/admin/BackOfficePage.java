package org.tilmash.support.pages.admin;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Any back-office page: its language, its heading, and waiting for the page a form or link leads to. */
public abstract class BackOfficePage {

    protected final WebDriver driver;
    protected final String baseUrl;

    protected BackOfficePage(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public String htmlLang() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** Clicks and waits until the next page has replaced this one, so nothing navigates while a POST is in flight. */
    protected void clickAndWait(By target, By onNextPage) {
        WebElement current = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.stalenessOf(current));
        wait.until(ExpectedConditions.presenceOfElementLocated(onNextPage));
    }

    protected void open(String path, By onPage) {
        driver.get(baseUrl + path);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(onPage));
    }
}
