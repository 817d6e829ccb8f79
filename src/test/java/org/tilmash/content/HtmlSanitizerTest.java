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

    @Test
    void anImageInsertedIntoAParagraphOfTextGetsAParagraphOfItsOwn() {
        String img = "<img src=\"/media/0f8fad5b-d9cb-469f-a165-70867728950e/960.jpg\" alt=\"River\">";

        assertThat(sanitizer.clean("<p>" + img + "Traffic began.</p>"))
                .isEqualTo("<p>" + img + "</p><p>Traffic began.</p>");
        assertThat(sanitizer.clean("<p>Traffic began. " + img + "</p>"))
                .as("after the text when it came after it")
                .isEqualTo("<p>Traffic began. </p><p>" + img + "</p>");
        assertThat(sanitizer.clean("<p>" + img + "</p>")).isEqualTo("<p>" + img + "</p>");
    }

    @Test
    void escapedPathsCannotPassForOurGalleryImages() {
        String key = "0f8fad5b-d9cb-469f-a165-70867728950e";
        for (String src : new String[] {
            "/media/%2e%2e/%2e%2e/admin",
            "/media/" + key + "/%2e%2e%2f%2e%2e%2fadmin",
            "/media/" + key + "/..%5c..%5cadmin",
            "/media/%252e%252e/x.jpg",
            "/media/" + key + "/960.jpg/../../../admin",
            "/media//evil.example/x.jpg",
            "/MEDIA/" + key + "/960.jpg"
        }) {
            assertThat(sanitizer.clean("<p><img src=\"" + src + "\" alt=\"x\"></p>"))
                    .as(src)
                    .doesNotContain("<img");
        }
        assertThat(sanitizer.clean("<p><img src=\"/media/" + key + "/thumb.png\" alt=\"x\"></p>"))
                .contains("<img");
    }

    @Test
    void onlyWebAddressesStayAsTheSourceOfAQuote() {
        String clean = sanitizer.clean("<blockquote cite=\"https://example.org/speech\">kept</blockquote>"
                + "<blockquote cite=\"javascript:alert(1)\">script</blockquote>"
                + "<q cite=\"data:text/html,x\">data</q><q cite=\"/relative\">relative</q>");
        assertThat(clean)
                .contains("<blockquote cite=\"https://example.org/speech\">kept</blockquote>")
                .contains("<blockquote>script</blockquote>")
                .contains("<q>data</q>")
                .contains("<q>relative</q>")
                .doesNotContain("javascript:", "data:");
    }
}
