package org.tilmash.support.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /{lang}/search}: the results of the header's search box, with filters and pages. */
public class SearchPage extends SitePage {

    public SearchPage(WebDriver driver) {
        super(driver);
    }

    public static SearchPage await(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("main.search-page")).isEmpty());
        return new SearchPage(driver);
    }

    /** Types into the header's search box, as on any page of the site, and submits it. */
    public static SearchPage searchFrom(SitePage page, String words) {
        WebDriver driver = page.driver;
        String before = driver.getCurrentUrl();
        WebElement box = driver.findElement(By.id("site-search-q"));
        box.clear();
        box.sendKeys(words);
        driver.findElement(By.cssSelector(".site-search button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().equals(before));
        return await(driver);
    }

    public List<String> titles() {
        return driver.findElements(By.cssSelector(".search-result h2")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The highlighted words of every snippet, in order. */
    public List<String> highlighted() {
        return driver.findElements(By.cssSelector(".search-result .snippet mark")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public List<String> fallbackBadges() {
        return driver.findElements(By.cssSelector(".search-result .badge")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String count() {
        return driver.findElement(By.cssSelector(".search-count")).getText();
    }

    public String help() {
        return driver.findElement(By.cssSelector(".search-help, .search-none")).getText();
    }

    public SearchPage filterBySection(String sectionName) {
        new Select(driver.findElement(By.id("search-section"))).selectByVisibleText(sectionName);
        return apply();
    }

    public SearchPage filterByYear(String yearLabelStart) {
        Select years = new Select(driver.findElement(By.id("search-year")));
        years.getOptions().stream()
                .filter(option -> option.getText().startsWith(yearLabelStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No year " + yearLabelStart))
                .click();
        return apply();
    }

    private SearchPage apply() {
        String before = driver.getCurrentUrl();
        driver.findElement(By.cssSelector(".search-filters button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().equals(before));
        return await(driver);
    }

    public SearchPage nextPage() {
        String before = driver.getCurrentUrl();
        driver.findElement(By.cssSelector(".pagination a[rel=next]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().equals(before));
        return await(driver);
    }

    public ArticlePage open(int index) {
        driver.findElements(By.cssSelector(".search-result h2 a")).get(index).click();
        return ArticlePage.await(driver);
    }
}
