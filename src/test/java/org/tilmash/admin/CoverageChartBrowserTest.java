package org.tilmash.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tilmash.support.Browser;
import org.tilmash.support.TilmashTest;

/** The coverage chart's script runs quietly on a page without the chart, or with a canvas that has no data. */
@TilmashTest
class CoverageChartBrowserTest {

    /** Loads the script into the page, with Chart.js stubbed, and hands back the errors the page reported. */
    private static final String LOAD_SCRIPT = """
            var done = arguments[arguments.length - 1];
            var errors = [];
            window.addEventListener('error', function (e) { errors.push(String(e.message)); });
            window.Chart = function () { errors.push('drew a chart without data'); };
            if (arguments[0]) {
              var canvas = document.createElement('canvas');
              canvas.id = 'coverage-chart';
              document.body.appendChild(canvas);
            }
            var script = document.createElement('script');
            script.src = '/admin-static/coverage-chart.js';
            script.onload = function () { setTimeout(function () { done(errors); }, 50); };
            script.onerror = function () { done(['script not loaded']); };
            document.head.appendChild(script);
            """;

    @LocalServerPort
    int port;

    @Test
    void theChartScriptThrowsNothingWhereThereIsNoChartOrNoData() {
        WebDriver browser = Browser.fresh("en");
        for (boolean canvasWithoutData : new boolean[] {false, true}) {
            browser.get("http://localhost:" + port + "/login");
            Object errors = ((JavascriptExecutor) browser).executeAsyncScript(LOAD_SCRIPT, canvasWithoutData);
            assertThat((List<?>) errors)
                    .as("canvas without data: " + canvasWithoutData)
                    .isEmpty();
        }
    }
}
