package org.tilmash.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Pages as a person sees them at a given width, written to {@code target/screenshots/} for people to look at, and the
 * one layout fact a test can check by itself there: nothing is wider than the window.
 */
public final class Screenshots {

    private static final Path DIRECTORY = Path.of("target", "screenshots");
    private static final int MAX_HEIGHT = 6000;

    private static final String OVERFLOW = """
            const root = document.documentElement;
            const excess = root.scrollWidth - root.clientWidth;
            if (excess <= 0) { return ''; }
            const wide = [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1)
                .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= root.clientWidth + 1)
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : ''));
            return excess + 'px too wide: ' + wide.join(', ');
            """;

    private Screenshots() {}

    /**
     * Resizes the window to {@code width} and the page's height, saves {@code <name>-<width>.png}, puts the window
     * back to 1280 × 900, and answers what sticks out of the window: empty when the page fits, else the page's excess
     * width and the outermost elements that reach beyond the window.
     */
    public static String shoot(WebDriver driver, String name, int width) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        driver.manage().window().setSize(new Dimension(width, 900));
        long height = (Long) script.executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(MAX_HEIGHT, Math.max(900, height + 140))));
        String overflow = (String) script.executeScript(OVERFLOW);
        try {
            Files.createDirectories(DIRECTORY);
            Files.write(
                    DIRECTORY.resolve(name + "-" + width + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
        return overflow;
    }
}
