package org.tilmash.support.pages.admin;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /admin/articles/{id}/{lang}}: one language version's working text. */
public class ArticlePage extends BackOfficePage {

    static final By MARKER = By.cssSelector("main article");
    private static final By EDIT = By.cssSelector(".actions a.button");
    private static final By REFUSAL = By.cssSelector(".alert.error[role=alert]:not(.outdated)");

    ArticlePage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public static ArticlePage open(WebDriver driver, String baseUrl, String path) {
        ArticlePage page = new ArticlePage(driver, baseUrl);
        page.open(path, MARKER);
        return page;
    }

    public String state() {
        return driver.findElement(By.id("state")).getText();
    }

    public String title() {
        return driver.findElement(By.cssSelector("main h1.article-title")).getText();
    }

    /** The working text's body as the page shows it. */
    public String bodyText() {
        return driver.findElement(By.cssSelector("article.working-text .body")).getText();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public boolean isOutdated() {
        return !driver.findElements(By.cssSelector(".alert.outdated")).isEmpty();
    }

    public TranslatePage seeChanges() {
        clickAndWait(By.id("see-changes"), TranslatePage.MARKER);
        return new TranslatePage(driver, baseUrl);
    }

    /** The submit button answered with a refusal instead of a state change. */
    public String submitRefused() {
        submit();
        return refusal();
    }

    /** The approve button answered with a refusal: the version stays in review. */
    public String approveRefused() {
        approve();
        return refusal();
    }

    /** The page's error notice; an outdated translation's warning has the same look, so it is left out. */
    private String refusal() {
        return driver.findElement(REFUSAL).getText();
    }

    public EditPage edit() {
        clickAndWait(EDIT, EditPage.MARKER);
        return new EditPage(driver, baseUrl);
    }

    public GalleryPage gallery() {
        clickAndWait(By.id("gallery-link"), GalleryPage.MARKER);
        return new GalleryPage(driver, baseUrl);
    }

    public ArticlePage submit() {
        clickAndWait(By.id("submit"), MARKER);
        return this;
    }

    public ArticlePage requestChanges(String comment) {
        type(By.id("comment"), comment);
        clickAndWait(By.id("request-changes"), MARKER);
        return this;
    }

    public ArticlePage approve() {
        clickAndWait(By.id("approve"), MARKER);
        return this;
    }

    /** The article's date as the settings form holds it, in the site's time zone. */
    public String dateline() {
        return driver.findElement(By.id("dateline")).getDomProperty("value");
    }

    public String byline() {
        return driver.findElement(By.id("byline-shown")).getText();
    }

    /** Gives the article another date; the page comes back with a notice or the refusal. */
    public ArticlePage changeDate(String localDateTime) {
        setDateTime(By.id("dateline"), localDateTime);
        clickAndWait(By.id("save-settings"), MARKER);
        return this;
    }

    /**
     * Sets the application's own article fields as an editor does: a date through the date picker's value, a country
     * by its name in the list; the page comes back with a notice or the refusal.
     */
    public ArticlePage setFields(String dateField, String isoDate, String countryField, String countryName) {
        setDateTime(By.id("field-" + dateField), isoDate);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("field-" + countryField)))
                .selectByVisibleText(countryName);
        clickAndWait(By.id("save-settings"), MARKER);
        return this;
    }

    public SectionsPage sections() {
        return SectionsPage.fromNavigation(driver, baseUrl);
    }

    /** The audit trail's entries as the page shows them, oldest first. */
    public java.util.List<String> auditEntries() {
        return driver.findElements(By.cssSelector(".audit li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public java.util.List<String> auditComments() {
        return driver.findElements(By.cssSelector(".audit q")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Follows the edit link when the server no longer allows it: the next page is the refusal. */
    /** The reviewer's view of a translation beside the source it was made from. */
    public SourceReviewPage compareWithSource() {
        clickAndWait(By.id("compare-source"), SourceReviewPage.MARKER);
        return new SourceReviewPage(driver, baseUrl);
    }

    public ErrorPage editRefused() {
        clickAndWait(EDIT, ErrorPage.MARKER);
        return new ErrorPage(driver, baseUrl);
    }
}
