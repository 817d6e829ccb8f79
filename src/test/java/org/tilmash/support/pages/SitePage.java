package org.tilmash.support.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Opens the language switcher with the keyboard, as a reader without a mouse would. */
    public List<String> openSwitcherWithKeyboard() {
        WebElement summary = driver.findElement(By.cssSelector(".switcher summary"));
        summary.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".switcher ul a")));
        return driver.findElements(By.cssSelector(".switcher ul li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Chooses a language in the switcher by its native name and returns the page it leads to. */
    public <P extends SitePage> P switchTo(String nativeName, java.util.function.Function<WebDriver, P> next) {
        String before = driver.getCurrentUrl();
        if (!driver.findElement(By.cssSelector(".switcher"))
                .getDomProperty("open")
                .equals("true")) {
            driver.findElement(By.cssSelector(".switcher summary")).click();
        }
        WebElement link = driver.findElements(By.cssSelector(".switcher ul a")).stream()
                .filter(a -> a.getText().startsWith(nativeName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No switcher link for " + nativeName));
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().equals(before));
        return next.apply(driver);
    }

    public boolean switcherMarksUntranslated(String nativeName) {
        return driver.findElements(By.cssSelector(".switcher ul a.not-translated")).stream()
                .anyMatch(a -> a.getDomProperty("textContent").strip().startsWith(nativeName));
    }
}
