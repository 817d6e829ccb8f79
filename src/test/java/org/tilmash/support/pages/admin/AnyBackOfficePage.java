package org.tilmash.support.pages.admin;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.tilmash.support.Axe;
import org.tilmash.support.Screenshots;

/** Whatever back-office page a path leads to, checked as every page must be: accessible, and never too wide. */
public class AnyBackOfficePage extends BackOfficePage {

    private AnyBackOfficePage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public static AnyBackOfficePage open(WebDriver driver, String baseUrl, String path) {
        AnyBackOfficePage page = new AnyBackOfficePage(driver, baseUrl);
        driver.manage().window().setSize(new Dimension(1280, 900));
        page.open(path, By.tagName("main"));
        return page;
    }

    /** Shows the page at {@code width} pixels, as wide as a phone or a desktop window. */
    public AnyBackOfficePage atWidth(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        return this;
    }

    /** The WCAG 2.1 A and AA violations axe-core finds as the page is shown now; {@code []} when there are none. */
    public String accessibilityViolations() {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return Axe.violations(driver);
    }

    /** Saves a screenshot at {@code width} and answers what sticks out of the window; empty when the page fits. */
    public String screenshot(String name, int width) {
        return Screenshots.shoot(driver, name, width);
    }
}
