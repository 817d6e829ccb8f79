package org.tilmash.support.pages.admin;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code /admin/sections}: the sections in readers' order, with what editors may do to each. */
public class SectionsPage extends BackOfficePage {

    static final By MARKER = By.id("sections");

    SectionsPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** Follows the navigation's link, as an editor does from any back-office page. */
    public static SectionsPage fromNavigation(WebDriver driver, String baseUrl) {
        SectionsPage page = new SectionsPage(driver, baseUrl);
        page.navigate(By.id("nav-sections"), MARKER);
        return page;
    }

    public SectionFormPage newSection() {
        clickAndWait(By.id("new-section"), SectionFormPage.MARKER);
        return new SectionFormPage(driver, baseUrl);
    }

    public SectionFormPage edit(String name) {
        clickAndWait(By.linkText(name), SectionFormPage.MARKER);
        return new SectionFormPage(driver, baseUrl);
    }

    public List<String> names() {
        return driver.findElements(By.cssSelector("#sections tbody td:first-child a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The address readers of the page's language reach the section at. */
    public String address(String name) {
        return row(name).findElement(By.cssSelector("code")).getText();
    }

    public String articleCount(String name) {
        return row(name).findElement(By.cssSelector("td:nth-child(3)")).getText();
    }

    /** Merges the section into another, confirming the question the page asks first. */
    public SectionsPage merge(String name, String into) {
        WebElement row = row(name);
        new Select(row.findElement(By.cssSelector(".merge select"))).selectByVisibleText(into);
        WebElement html = driver.findElement(By.tagName("html"));
        row.findElement(By.cssSelector(".merge button")).click();
        driver.switchTo().alert().accept();
        waitUntilReplaced(html, MARKER);
        return this;
    }

    public SectionsPage archive(String name) {
        WebElement html = driver.findElement(By.tagName("html"));
        row(name).findElement(By.cssSelector("button.archive")).click();
        waitUntilReplaced(html, MARKER);
        return this;
    }

    private WebElement row(String name) {
        return driver.findElement(By.xpath("//table[@id='sections']//tr[.//a[normalize-space()='" + name + "']]"));
    }
}
