package org.tilmash.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tilmash.TilmashApplication;
import org.tilmash.accounts.Role;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.support.Fixture;
import org.tilmash.support.SignedIn;

/**
 * An index damaged or lost while Tilmash was stopped is rebuilt when it starts again: the application is started,
 * publishes, is stopped; one index is corrupted and the other deleted; started again on the same database, readers
 * and editors find what they found before.
 */
class IndexRebuildAtStartTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aCorruptedAndADeletedIndexAreRebuiltAtStart() throws IOException {
        String database = "jdbc:h2:mem:rebuild-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        Path index = dir.resolve("index");
        String token = "qwxrebuild" + Long.toString(System.nanoTime(), 36);
        Long articleId;
        String editor;
        try (ConfigurableApplicationContext app = start(database, index)) {
            Fixture fixture = app.getBean(Fixture.class);
            editor = fixture.account("rebuild-editor", Role.EDITOR);
            articleId = fixture.article("ru")
                    .published("ru", Fixture.text("Отчёт " + token, "Вступление", "Итоги года."))
                    .create()
                    .id();
            await().atMost(WAIT).until(() -> found(app, token).contains(articleId));
        }
        Path publicIndex = index.resolve("public_entry");
        try (Stream<Path> files = Files.list(publicIndex)) {
            for (Path segments : files.filter(f -> f.getFileName().toString().startsWith("segments"))
                    .toList()) {
                Files.writeString(segments, "not an index any more");
            }
        }
        deleteTree(index.resolve("editorial_entry"));

        try (ConfigurableApplicationContext app = start(database, index)) {
            await().atMost(WAIT).until(() -> found(app, token).contains(articleId));
            String editorName = editor;
            BackOfficeSearch backOffice = app.getBean(BackOfficeSearch.class);
            await().atMost(WAIT)
                    .until(() -> SignedIn.as(editorName, () -> backOffice.articleIds(token, null, null, 10))
                            .contains(articleId));
        }
        assertThat(index.resolve("editorial_entry")).isDirectory();
    }

    private static ConfigurableApplicationContext start(String database, Path index) {
        return new SpringApplicationBuilder(TilmashApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database,
                        "--tilmash.search.index-dir=" + index,
                        "--tilmash.search.reindex-on-start=true",
                        "--tilmash.demo.enabled=false");
    }

    private static List<Long> found(ConfigurableApplicationContext app, String query) {
        ReaderSearch readers = app.getBean(ReaderSearch.class);
        LanguageRegistry languages = app.getBean(LanguageRegistry.class);
        return Found.articles(readers, languages.find("ru").orElseThrow(), query);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
