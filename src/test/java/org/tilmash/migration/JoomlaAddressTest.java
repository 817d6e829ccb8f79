package org.tilmash.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Which Joomla database addresses an import accepts, and how a refused one is shown. */
class JoomlaAddressTest {

    @Test
    void aMysqlAddressGoesThroughTheMariaDbDriverWithoutLocalFiles() {
        assertThat(JoomlaSite.url("jdbc:mysql://db.example:3306/joomla"))
                .isEqualTo("jdbc:mariadb://db.example:3306/joomla?allowLocalInfile=false");
        assertThat(JoomlaSite.url("jdbc:postgresql://db.example/joomla"))
                .isEqualTo("jdbc:postgresql://db.example/joomla");
    }

    @Test
    void aRefusedAddressIsShownWithoutItsOptionsOrCredentialsWhichMayHoldAPassword() {
        SourceException refused = catchThrowableOfType(
                SourceException.class,
                () -> JoomlaSite.url(
                        "jdbc:mysql://joomla:s3cret@db.example:3306/joomla?socketFactory=evil&password=s3cret"));

        assertThat(refused.messageKey()).isEqualTo("import.error.url");
        assertThat(refused.arguments()).containsEntry("url", "jdbc:mysql://db.example:3306/joomla");
        assertThat(refused.arguments().toString()).doesNotContain("s3cret");
    }

    @Test
    void anotherDatabaseIsRefused() {
        SourceException refused = catchThrowableOfType(
                SourceException.class, () -> JoomlaSite.url("jdbc:sqlserver://db.example;password=s3cret"));

        assertThat(refused.arguments()).containsEntry("url", "jdbc:sqlserver://db.example");
    }
}
