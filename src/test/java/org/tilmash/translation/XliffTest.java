package org.tilmash.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.support.Fixture;
import org.tilmash.support.SignedIn;
import org.tilmash.support.TilmashTest;

@TilmashTest
class XliffTest {

    @Autowired
    Fixture fixture;

    @Autowired
    XliffFiles xliff;

    @Autowired
    ContentService content;

    @Autowired
    AccountService accounts;

    @Autowired
    Translations translations;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.tilmash.media.Gallery gallery;

    private String editor;
    private String reviewer;
    private String translator;
    private Long articleId;

    @BeforeEach
    void anEnglishArticleAndAKyrgyzTranslator() {
        editor = person("editor", Map.of(Role.EDITOR, Set.of()));
        reviewer = person("reviewer", Map.of(Role.REVIEWER, Set.of("en")));
        translator = person("translator", Map.of(Role.TRANSLATOR, Set.of("ky")));
        articleId = fixture.article("en")
                .by(editor)
                .reviewedBy(reviewer)
                .published(
                        "en",
                        new ArticleText(
                                "Spring floods",
                                "Rivers rise.",
                                "<p>Rivers <strong>rise</strong> in spring.</p><p>See <a href=\"https://example.org/r\">the report</a>.</p>"))
                .create()
                .id();
    }

    private String person(String prefix, Map<Role, Set<String>> roles) {
        return fixture.accounts(prefix, roles);
    }

    private void publishEnglish(String body) {
        fixture.publish(articleId, "en", new ArticleText("Spring floods", "Rivers rise.", body), editor, reviewer);
    }

    private String export() {
        return SignedIn.as(translator, () -> xliff.export(List.of(articleId), "ky", "en"));
    }

    private XliffFiles.Imported importAs(String who, String file) {
        return SignedIn.as(who, () -> xliff.importFile(file.getBytes(StandardCharsets.UTF_8)));
    }

    private int revisions() {
        return content.findVersion(articleId, "ky")
                .map(v -> content.history(v.id()).size())
                .orElse(0);
    }

    @Test
    void anExportHasOneUnitPerSegmentAndPinsTheSourceRevision() {
        String file = export();
        Long revision =
                content.findVersion(articleId, "en").orElseThrow().published().id();
        assertThat(file)
                .contains(
                        "version=\"2.0\"",
                        "srcLang=\"en\"",
                        "trgLang=\"ky\"",
                        "tm:sourceRevision=\"" + revision + "\"");
        assertThat(file.split("<unit ", -1)).hasSize(5);
        assertThat(file).contains("<pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\">rise</pc>");
        assertThat(file).contains("&lt;a href=\"https://example.org/r\"");
    }

    @Test
    void aTranslatedFileBecomesADraftWithItsInlineMarkupAndAnUnchangedOneChangesNothing() {
        String translated = export().replace(
                        "<source>Spring floods</source>",
                        "<source>Spring floods</source><target>Жазгы суу ташкыны</target>")
                .replace(
                        "<source>Rivers rise.</source>",
                        "<source>Rivers rise.</source><target>Дарыялар көтөрүлөт.</target>")
                .replaceFirst(
                        "(<source>Rivers <pc[^>]*>rise</pc> in spring.</source>)",
                        "$1<target>Жазында дарыялар <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\">көтөрүлөт</pc>.</target>")
                .replaceFirst(
                        "(<source>See (<pc[^>]*>)the report</pc>.</source>)",
                        "$1<target>$2Баяндаманы</pc> караңыз.</target>");

        assertThat(importAs(translator, translated).drafts()).isEqualTo(1);
        var draft = content.findVersion(articleId, "ky").orElseThrow();
        assertThat(draft.state().name()).isEqualTo("DRAFT");
        assertThat(draft.live()).isFalse();
        assertThat(draft.working().body())
                .contains("<strong>көтөрүлөт</strong>")
                .contains("<a href=\"https://example.org/r\" rel=\"noopener\">Баяндаманы</a>");

        int before = revisions();
        assertThat(importAs(translator, export()).unchanged()).isEqualTo(1);
        assertThat(revisions()).isEqualTo(before);
    }

    @Test
    void aFileForAnOutdatedSourceIsRefusedAndChangesNothing() {
        String stale = export().replace(
                        "<source>Spring floods</source>", "<source>Spring floods</source><target>Ташкын</target>");
        publishEnglish("<p>Rivers rise in spring, and fast.</p>");
        assertThatThrownBy(() -> importAs(translator, stale))
                .isInstanceOf(XliffException.class)
                .extracting("messageKey")
                .isEqualTo("xliff.error.outdatedSource");
        assertThat(content.findVersion(articleId, "ky")).isEmpty();
    }

    @Test
    void hostileMalformedForeignAndHugeFilesAreRefusedWithTheirLine() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ky">&xxe;</xliff>
                """;
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <xliff>&lol3;</xliff>
                """;
        for (String hostile : List.of(xxe, laughs)) {
            assertThatThrownBy(() -> importAs(translator, hostile))
                    .isInstanceOf(XliffException.class)
                    .satisfies(e -> assertThat(((XliffException) e).messageKey())
                            .isIn("xliff.error.dtd", "xliff.error.malformed"))
                    .satisfies(e -> assertThat(((XliffException) e).arguments()).containsKey("line"))
                    .hasMessageNotContaining("root:");
        }
        assertThatThrownBy(() -> importAs(
                        translator,
                        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\">\n<unit>\n</xliff>"))
                .isInstanceOf(XliffException.class)
                .satisfies(e -> assertThat(((XliffException) e).arguments()).containsEntry("line", 3));
        String otherLanguage = export().replace("trgLang=\"ky\"", "trgLang=\"kk\"");
        assertThatThrownBy(() -> importAs(translator, otherLanguage))
                .isInstanceOf(XliffException.class)
                .extracting("messageKey")
                .isEqualTo("xliff.error.language");
        String huge = "<x>" + "a".repeat(XliffFiles.MAX_BYTES) + "</x>";
        assertThatThrownBy(() -> importAs(translator, huge))
                .extracting("messageKey")
                .isEqualTo("xliff.error.tooLarge");
        assertThat(content.findVersion(articleId, "ky")).isEmpty();
    }

    /** What a translator is told after uploading a file: which explanation, its arguments, and the alert in Russian. */
    private record Refusal(String explanation, Map<String, Object> arguments, String inRussian) {}

    @SuppressWarnings("unchecked")
    private Refusal uploadRefused(byte[] file) throws Exception {
        MvcResult posted = mvc.perform(multipart("/admin/translations/import")
                        .file(new MockMultipartFile("file", "ky.xlf", "application/xliff+xml", file))
                        .with(user(translator))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn();
        String queue = mvc.perform(get("/admin/translations")
                        .with(user(translator))
                        .header("Accept-Language", "ru")
                        // The flash message travels in the session, in the database: the next request carries its
                        // cookie.
                        .cookie(posted.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return new Refusal(
                (String) posted.getFlashMap().get("error"),
                (Map<String, Object>) posted.getFlashMap().getOrDefault("errorArguments", Map.of()),
                Jsoup.parse(queue).select(".alert.error").text());
    }

    private record BadFile(String what, byte[] bytes, String explanation) {

        BadFile(String what, String text, String explanation) {
            this(what, text.getBytes(StandardCharsets.UTF_8), explanation);
        }
    }

    @Test
    void anUnreadableFileIsExplainedInTheTranslatorsLanguageAndChangesNothing() throws Exception {
        String translated = export().replace(
                        "<source>Spring floods</source>", "<source>Spring floods</source><target>Ташкын</target>");
        String mistyped = translated.replaceFirst("</unit>", "</unti>");
        List<BadFile> files = List.of(
                new BadFile("a unit closed by a mistyped tag", mistyped, "xliff.error.malformed"),
                new BadFile(
                        "an entity XML does not define",
                        translated.replace("<target>Ташкын", "<target>&nbsp;Ташкын"),
                        "xliff.error.malformed"),
                new BadFile(
                        "a file cut off halfway",
                        translated.substring(0, translated.indexOf("<target>") + 10),
                        "xliff.error.truncated"),
                new BadFile(
                        "Cyrillic saved in Windows-1251 under a UTF-8 declaration",
                        translated.getBytes(Charset.forName("windows-1251")),
                        "xliff.error.encoding"),
                new BadFile(
                        "an encoding the parser does not know",
                        translated.replace("encoding=\"UTF-8\"", "encoding=\"klingon\""),
                        "xliff.error.encoding"),
                new BadFile(
                        "a word-processor file",
                        new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0},
                        "xliff.error.notXml"),
                new BadFile("a web page", "<html><body><p>Ташкын</p></body></html>", "xliff.error.version"),
                new BadFile(
                        "a translation outside any unit",
                        translated.replaceFirst("(<file [^>]*>)", "$1<target>Ташкын</target>"),
                        "xliff.error.structure"),
                new BadFile(
                        "markup inside a code's original data",
                        translated.replaceFirst("<data id=\"d1\">", "<data id=\"d1\"><b/>"),
                        "xliff.error.structure"),
                new BadFile(
                        "a tag name longer than the parser reads safely",
                        translated.replace("<target>Ташкын", "<target><" + "b".repeat(1100) + "/>Ташкын"),
                        "xliff.error.tooComplex"),
                new BadFile(
                        "a document type declaration",
                        translated.replaceFirst("\\?>", "?><!DOCTYPE xliff>"),
                        "xliff.error.dtd"),
                new BadFile("an empty upload", "", "xliff.error.empty"));

        for (BadFile file : files) {
            Refusal refusal = uploadRefused(file.bytes());
            assertThat(refusal.explanation()).as(file.what()).isEqualTo(file.explanation());
            assertThat(refusal.arguments().values())
                    .as("%s: at most where, as numbers, never the parser's words", file.what())
                    .allMatch(Integer.class::isInstance);
            assertThat(refusal.inRussian()).as(file.what()).isNotBlank();
            assertThat(Pattern.compile("[A-Za-z]+")
                            .matcher(refusal.inRussian())
                            .results()
                            .map(MatchResult::group))
                    .as("%s, in Russian: %s", file.what(), refusal.inRussian())
                    .allMatch(Set.of("XML", "XLIFF", "UTF", "xlf")::contains);
        }
        assertThat(uploadRefused(mistyped.getBytes(StandardCharsets.UTF_8)).arguments())
                .as("the line of the mistyped tag")
                .containsEntry(
                        "line",
                        mistyped.substring(0, mistyped.indexOf("</unti>")).split("\n", -1).length);
        assertThat(content.findVersion(articleId, "ky"))
                .as("nothing was written")
                .isEmpty();
    }

    @Test
    void translatorsDownloadAndUploadFilesInTheBackOffice() throws Exception {
        String file = mvc.perform(get("/admin/articles/" + articleId + "/ky/xliff")
                        .param("pivot", "en")
                        .with(user(translator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String translated =
                file.replace("<source>Spring floods</source>", "<source>Spring floods</source><target>Ташкын</target>");
        mvc.perform(multipart("/admin/translations/import")
                        .file(new MockMultipartFile(
                                "file", "ky.xlf", "application/xliff+xml", translated.getBytes(StandardCharsets.UTF_8)))
                        .with(user(translator))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "xliff.imported"));
        assertThat(content.findVersion(articleId, "ky").orElseThrow().working().title())
                .isEqualTo("Ташкын");
    }

    @Test
    void imageTextsTravelInTheSameFileAndTheSameEditorAsTheArticle() throws Exception {
        byte[] png = org.tilmash.support.TestImages.png(60, 40, java.awt.Color.GREEN);
        // The editor adds the image to the live article and describes it in English.
        Long imageId = SignedIn.as(
                        editor,
                        () -> gallery.upload(
                                articleId,
                                "river.png",
                                png.length,
                                new org.springframework.core.io.ByteArrayResource(png),
                                editor,
                                Optional.empty()))
                .image()
                .orElseThrow()
                .id();
        SignedIn.run(
                editor,
                () -> gallery.writeTexts(
                        articleId,
                        imageId,
                        "en",
                        new org.tilmash.media.ImageText("A swollen river", "The Naryn in April", "CRC")));

        String file = export();
        assertThat(file)
                .contains(
                        "<unit id=\"img" + imageId + "-alt\" name=\"image-alt\">", "<source>A swollen river</source>");
        String translated = file.replace(
                        "<source>Spring floods</source>", "<source>Spring floods</source><target>Ташкын</target>")
                .replace(
                        "<source>A swollen river</source>",
                        "<source>A swollen river</source><target>Ташкындаган дарыя</target>")
                .replace(
                        "<source>The Naryn in April</source>",
                        "<source>The Naryn in April</source><target>Нарын апрелде</target>");
        XliffFiles.Imported imported = importAs(translator, translated);
        assertThat(gallery.texts(articleId, imageId, "ky").alt())
                .as(imported + translated)
                .isEqualTo("Ташкындаган дарыя");
        assertThat(gallery.texts(articleId, imageId, "ky").caption()).isEqualTo("Нарын апрелде");

        var rows = SignedIn.as(translator, () -> translations.imageRows(articleId, "en", "ky"));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.source().alt()).isEqualTo("A swollen river");
            assertThat(row.target().alt()).isEqualTo("Ташкындаган дарыя");
        });
        SignedIn.run(
                translator,
                () -> translations.save(
                        articleId,
                        "ky",
                        "en",
                        java.util.List.of("Ташкын", "", "", ""),
                        java.util.Map.of(imageId, new org.tilmash.media.ImageText("Дарыя", "Нарын", "ӨЫБ")),
                        Optional.empty()));
        assertThat(gallery.texts(articleId, imageId, "ky").credit()).isEqualTo("ӨЫБ");

        String editorPage = mvc.perform(
                        get("/admin/articles/" + articleId + "/ky/translate").with(user(translator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(editorPage)
                        .select("[data-image=" + imageId + "] input[name=imageAlt]")
                        .attr("value"))
                .isEqualTo("Дарыя");
        assertThat(editorPage).contains("A swollen river");
        String imageList = mvc.perform(get("/admin/articles/" + articleId + "/ky/gallery/images.json")
                        .with(user(translator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(imageList).contains("\"value\":\"/media/").contains("\"title\":\"1. Дарыя\"");
    }
}
