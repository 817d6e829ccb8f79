package org.tilmash.support.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /{lang}/}: the latest news and the sections. */
public class HomePage extends SitePage {

    public HomePage(WebDriver driver) {
        super(driver);
    }

    public static HomePage open(WebDriver driver, String baseUrl, String language) {
        driver.get(baseUrl + "/" + language + "/");
        return new HomePage(driver);
    }

    public List<String> headlines() {
        return driver.findElements(By.cssSelector("main .teaser h2")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public NewsListPage allNews() {
        driver.findElement(By.cssSelector(".all-news a")).click();
        return NewsListPage.await(driver);
    }
}
