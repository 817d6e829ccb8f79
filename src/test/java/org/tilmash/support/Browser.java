package org.tilmash.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser journeys. One browser per preferred language is started on first use and
 * shared by every test in the JVM; each starts with a clean cookie jar via {@link #fresh}.
 */
public final class Browser {

    private static final File CHROMIUM = new File(System.getProperty("tilmash.test.chromium", "/usr/bin/chromium"));
    private static final File DRIVER =
            new File(System.getProperty("tilmash.test.chromedriver", "/usr/bin/chromedriver"));
    private static final Map<String, WebDriver> DRIVERS = new ConcurrentHashMap<>();

    /** Where browsers save downloaded files. */
    public static final Path DOWNLOADS = createDownloads();

    private static Path createDownloads() {
        try {
            return Files.createTempDirectory("tilmash-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> DRIVERS.values().forEach(WebDriver::quit)));
    }

    /** Where journeys keep the screenshots a person looks at. */
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private Browser() {}

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(
                    SCREENSHOTS.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver)
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** A browser whose {@code Accept-Language} is {@code acceptLanguage}, with no cookies. */
    public static WebDriver fresh(String acceptLanguage) {
        Environment.require(CHROMIUM.canExecute() && DRIVER.canExecute(), "Chromium and ChromeDriver (" + DRIVER + ")");
        WebDriver driver = DRIVERS.computeIfAbsent(acceptLanguage, Browser::start);
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        return driver;
    }

    private static WebDriver start(String acceptLanguage) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--lang=" + acceptLanguage);
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "intl.accept_languages",
                        acceptLanguage,
                        "download.default_directory",
                        DOWNLOADS.toString(),
                        "download.prompt_for_download",
                        false));
        ChromeDriverService service =
                new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
