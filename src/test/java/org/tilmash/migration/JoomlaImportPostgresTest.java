package org.tilmash.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tilmash.accounts.SystemTask;
import org.tilmash.i18n.TilmashMessages;
import org.tilmash.support.Postgres;

/**
 * Tilmash on PostgreSQL (its mapping tables included) importing an old Joomla site that ran on PostgreSQL too; the
 * old site's tables, with a prefix of their own, sit in the same test database. A database that cannot be read is
 * explained by the kind of failure, in the administrator's language, never in the driver's words.
 */
@ExtendWith(Postgres.class)
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class JoomlaImportPostgresTest extends JoomlaImportContract {

    /** What the drivers say, in English, about the failures below. */
    private static final String[] DRIVER_WORDS = {
        "Socket", "Connection", "refused", "FATAL", "does not exist", "relation", "role", "SQL", "postgres"
    };

    @Autowired
    TilmashMessages messages;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }

    @Override
    Connection joomla() throws SQLException {
        return DriverManager.getConnection(Postgres.URL, "postgres", "");
    }

    @Override
    JoomlaSchema.Dialect dialect() {
        return JoomlaSchema.Dialect.POSTGRESQL;
    }

    @Override
    ImportSource source(OldJoomla site) {
        return site.source(Postgres.URL, "postgres", "");
    }

    @Test
    void aServerThatCannotBeReachedIsNamedByItsHost() {
        // Nothing listens on port 1: both drivers are refused before they say a word to a server.
        for (String url : new String[] {"jdbc:mariadb://127.0.0.1:1/joomla", "jdbc:postgresql://127.0.0.1:1/joomla"}) {
            ImportReport.Note failure = failure(url, "joomla", "jos_");

            assertThat(failure.key()).as(url).isEqualTo("import.error.dbConnect");
            assertThat(failure.arguments()).isEqualTo(Map.of("host", "127.0.0.1:1"));
            assertThat(shown(failure, "tk"))
                    .startsWith("127.0.0.1:1 maglumatlar bazasynyň serwerine birikip bolmaýar")
                    .doesNotContain(DRIVER_WORDS);
        }
    }

    @Test
    void aUserTheServerRefusesIsSaidToBeRefused() {
        // The server asks a user it does not trust for a password: none given, or a wrong one.
        for (String password : new String[] {"", "not-the-password"}) {
            ImportReport.Note failure = failure(Postgres.URL, "tilmash_no_such_role", password, "jos_");

            assertThat(failure.key()).as("password “%s”", password).isEqualTo("import.error.dbLogin");
            assertThat(shown(failure, "ru")).doesNotContain(DRIVER_WORDS).doesNotContain("tilmash_no_such_role");
        }
    }

    @Test
    void aDatabaseTheServerDoesNotHaveIsSaidToBeMissing() {
        ImportReport.Note failure =
                failure("jdbc:postgresql://" + Postgres.HOST + "/tilmash_no_such_database", "postgres", "jos_");

        assertThat(failure.key()).isEqualTo("import.error.dbMissing");
        assertThat(shown(failure, "kk")).doesNotContain(DRIVER_WORDS).doesNotContain("tilmash_no_such_database");
    }

    @Test
    void aPrefixWithoutJoomlaTablesIsSaidToHaveNone() {
        ImportReport.Note failure = failure(Postgres.URL, "postgres", "nosuchsite_");

        assertThat(failure.key()).isEqualTo("import.error.dbTables");
        assertThat(shown(failure, "tk"))
                .contains("«nosuchsite_»")
                .doesNotContain(DRIVER_WORDS)
                .doesNotContain("nosuchsite_content");
    }

    private ImportReport.Note failure(String url, String user, String prefix) {
        return failure(url, user, "", prefix);
    }

    private ImportReport.Note failure(String url, String user, String password, String prefix) {
        ImportSource source = new ImportSource.Joomla(url, user, password, prefix, root);
        ImportReport report = SystemTask.run(ACTOR, () -> importer.run(new ImportRequest(source, true, true)));
        assertThat(report.failure()).as("failure of %s", url).isNotNull();
        return report.failure();
    }

    private String shown(ImportReport.Note note, String language) {
        return messages.getMessage(note.key(), new Object[] {note.arguments()}, Locale.of(language));
    }
}
