package org.tilmash.support.pages.admin;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
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
        waitUntilReplaced(current, onNextPage);
    }

    protected void waitUntilReplaced(WebElement html, By onNextPage) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(browser -> isGone(html));
        wait.until(ExpectedConditions.presenceOfElementLocated(onNextPage));
    }

    /** Follows a link of the header's navigation, unfolding it first where a narrow screen folds it away. */
    protected void navigate(By link, By onNextPage) {
        openMenu();
        clickAndWait(link, onNextPage);
    }

    /** Unfolds the navigation behind the "Menu" button, as a phone shows it; does nothing on a wide screen. */
    public void openMenu() {
        WebElement toggle = driver.findElement(By.id("nav-toggle"));
        if (toggle.isDisplayed() && "false".equals(toggle.getDomAttribute("aria-expanded"))) {
            toggle.click();
        }
    }

    /** Whether the navigation's links are on screen. */
    public boolean navigationShown() {
        return driver.findElement(By.id("admin-nav")).isDisplayed();
    }

    /** Follows the header's "New article", which every back-office page has for editors. */
    public NewArticlePage newArticle() {
        clickAndWait(By.id("new-article"), NewArticlePage.MARKER);
        return new NewArticlePage(driver, baseUrl);
    }

    /** The navigation link marked as the page shown. */
    public String currentNavigation() {
        return driver.findElement(By.cssSelector(".admin-nav [aria-current=page]"))
                .getDomProperty("textContent")
                .strip();
    }

    /** Whether the page fits the window's width: nothing makes the reader scroll sideways. */
    public boolean fitsWidth() {
        Object fits = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }

    /** The page's width and the elements that reach past the window's right edge: what to fix. */
    public java.util.List<String> overflowing() {
        Object found = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return ['scrollWidth ' + document.documentElement.scrollWidth + ' of '"
                        + " + document.documentElement.clientWidth, ...[...document.querySelectorAll('body *')]"
                        + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                        + ".filter(e => !e.closest('.table-scroll') || e.classList.contains('table-scroll'))"
                        + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' '"
                        + " + Math.round(e.getBoundingClientRect().right))];");
        return ((java.util.List<?>) found).stream().map(String::valueOf).toList();
    }

    /** Sets a {@code datetime-local} field, whose typing order depends on the browser's locale. */
    protected void setDateTime(By field, String localDateTime) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1];", driver.findElement(field), localDateTime);
    }

    /**
     * Types into the rich-text editor that replaces the textarea {@code id}, as a person would: clicking into its
     * editing frame and typing.
     */
    protected void typeRichText(String id, String text) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id(id + "_ifr")));
        WebElement body = driver.findElement(By.id("tinymce"));
        body.click();
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        body.sendKeys(text);
        driver.switchTo().defaultContent();
    }

    protected void type(By field, String text) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    public String notice() {
        return driver.findElement(By.cssSelector(".alert")).getText();
    }

    /** The page that held {@code element} was replaced; Chromium reports that in more than one way. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException replaced) {
            return true;
        } catch (WebDriverException detached) {
            return String.valueOf(detached.getMessage()).contains("does not belong to the document");
        }
    }

    protected void open(String path, By onPage) {
        driver.get(baseUrl + path);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(onPage));
    }
}
