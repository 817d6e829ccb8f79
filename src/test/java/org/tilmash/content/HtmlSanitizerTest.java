package org.tilmash.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Test
    void imagesFromOurOwnGalleriesStayAndEverythingElseGoes() {
        String clean = sanitizer.clean(
                "<p>Flood <img src=\"/media/0f8fad5b-d9cb-469f-a165-70867728950e/960.jpg\" alt=\"River\""
                        + " onerror=\"steal()\" style=\"width:1px\"></p>"
                        + "<p><img src=\"https://evil.example/pixel.png\" alt=\"track\"><img src=\"/media/../etc/passwd\">"
                        + "<img src=\"javascript:alert(1)\"><a href=\"javascript:alert(1)\" onclick=\"x()\">link</a>"
                        + "<script>alert(1)</script><strong>kept</strong></p>");
        assertThat(clean)
                .contains("<img src=\"/media/0f8fad5b-d9cb-469f-a165-70867728950e/960.jpg\" alt=\"River\">")
                .contains("<strong>kept</strong>")
                .doesNotContain("evil.example", "passwd", "javascript:", "onerror", "onclick", "style=", "<script");
    }
}
