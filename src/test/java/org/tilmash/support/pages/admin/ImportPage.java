package org.tilmash.support.pages.admin;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /admin/import}: the old site's address, the dry run and the import, its progress and its report. */
public class ImportPage extends BackOfficePage {

    static final By MARKER = By.id("import-form");
    private static final By JOB = By.id("import-job");
    private static final By PROGRESS = By.id("import-progress");
    private static final By SUMMARY = By.id("import-summary");
    private static final By FAILURE = By.id("import-failure");

    ImportPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public static ImportPage fromNavigation(WebDriver driver, String baseUrl) {
        ImportPage page = new ImportPage(driver, baseUrl);
        page.navigate(By.id("nav-import"), MARKER);
        return page;
    }

    /** Chooses Joomla and fills in its database and images folder. */
    public ImportPage joomla(String jdbcUrl, String user, String password, String prefix, String imagesDir) {
        driver.findElement(By.cssSelector("input[name=source][value=joomla]")).click();
        type(By.id("jdbcUrl"), jdbcUrl);
        type(By.id("dbUser"), user);
        type(By.id("dbPassword"), password);
        type(By.id("prefix"), prefix);
        type(By.id("imagesDir"), imagesDir);
        return this;
    }

    /** Chooses WordPress and uploads an export file from this computer. */
    public ImportPage wordPressUpload(java.nio.file.Path file) {
        driver.findElement(By.cssSelector("input[name=source][value=wordpress]"))
                .click();
        driver.findElement(By.id("upload")).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Whether the WordPress fields are out of sight while Joomla is chosen. */
    public boolean wordPressFieldsHidden() {
        return !driver.findElement(By.id("wxrFile")).isDisplayed();
    }

    public ImportPage dryRun() {
        clickAndWait(By.id("dry-run"), JOB);
        return this;
    }

    public ImportPage startImport() {
        clickAndWait(By.id("run-import"), JOB);
        return this;
    }

    public String jobHeading() {
        return driver.findElement(By.id("import-job-title")).getText();
    }

    public boolean running() {
        return !driver.findElements(PROGRESS).isEmpty();
    }

    public String progressLabel() {
        return driver.findElement(By.id("import-progress-label")).getText();
    }

    public int progressValue() {
        return Integer.parseInt(driver.findElement(PROGRESS).getDomProperty("value"));
    }

    /**
     * Waits for the page to show how the run ended, its report or why it stopped: it polls the run and reloads itself
     * when the run has ended.
     */
    public ImportPage awaitReport() {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.or(
                        ExpectedConditions.presenceOfElementLocated(SUMMARY),
                        ExpectedConditions.presenceOfElementLocated(FAILURE)));
        return this;
    }

    /** Why the run stopped, as the alert says it; empty when it did not. */
    public String failure() {
        return driver.findElements(FAILURE).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    public boolean showsSummary() {
        return !driver.findElements(SUMMARY).isEmpty();
    }

    /** What a field of the form holds, by its id ({@code jdbcUrl}, {@code dbUser}, {@code dbPassword}, {@code prefix}). */
    public String field(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    /** The summary's number in the row of {@code result} and the column {@code 1} (sections) or {@code 2} (articles). */
    public int count(String result, int column) {
        WebElement row = driver.findElement(By.cssSelector("#import-summary tr[data-result=" + result + "]"));
        return Integer.parseInt(
                row.findElements(By.tagName("td")).get(column - 1).getText().strip());
    }

    public String resultLabel(String result) {
        return driver.findElement(By.cssSelector("#import-summary tr[data-result=" + result + "] th"))
                .getText();
    }

    /** The report's remarks on the item with this old id. */
    public List<String> notesOn(long oldId) {
        return driver.findElements(By.cssSelector("#import-entries > li")).stream()
                .filter(entry -> List.of(entry.getDomAttribute("data-old-ids").split(", "))
                        .contains(String.valueOf(oldId)))
                .flatMap(entry -> entry.findElements(By.cssSelector("ul li")).stream())
                .map(WebElement::getText)
                .toList();
    }
}
