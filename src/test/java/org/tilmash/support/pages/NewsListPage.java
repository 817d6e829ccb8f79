package org.tilmash.support.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A news listing: all news or one section, one page of it. */
public class NewsListPage extends SitePage {

    NewsListPage(WebDriver driver) {
        super(driver);
    }

    public static NewsListPage await(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .teaser")));
        return new NewsListPage(driver);
    }

    /** Goes to a listing by its address, as a reader following a link from elsewhere does. */
    public static NewsListPage open(WebDriver driver, String baseUrl, String path) {
        driver.get(baseUrl + path);
        return await(driver);
    }

    /** The date shown with each listed article, in listing order. */
    public List<String> dates() {
        return driver.findElements(By.cssSelector("main .teaser time")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public List<String> headlines() {
        return driver.findElements(By.cssSelector("main .teaser h2")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The address of each listed article, unique where titles may repeat. */
    public List<String> articleLinks() {
        return driver.findElements(By.cssSelector("main .teaser h2 a")).stream()
                .map(link -> link.getDomAttribute("href"))
                .toList();
    }

    public String position() {
        return driver.findElement(By.cssSelector(".pagination .position")).getText();
    }

    public String currentPageNumber() {
        return driver.findElement(By.cssSelector(".pagination [aria-current=page]"))
                .getText();
    }

    public NewsListPage nextPage() {
        return follow("next");
    }

    public NewsListPage previousPage() {
        return follow("prev");
    }

    private NewsListPage follow(String rel) {
        String before = driver.getCurrentUrl();
        driver.findElement(By.cssSelector(".pagination a[rel=" + rel + "]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().equals(before));
        return await(driver);
    }

    /** Follows the "More…" link of the teaser at {@code index}. */
    public ArticlePage more(int index) {
        driver.findElements(By.cssSelector("main .teaser a.more")).get(index).click();
        return ArticlePage.await(driver);
    }
}
