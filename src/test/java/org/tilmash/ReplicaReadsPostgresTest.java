package org.tilmash;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tilmash.accounts.Role;
import org.tilmash.support.Fixture;
import org.tilmash.support.Postgres;
import org.tilmash.support.TestAccounts;
import org.tilmash.support.WebVisitor;

/**
 * A read replica ({@code tilmash.replica.*}) serves readers and nobody else. The "replica" here is the same database
 * seen through a role that cannot write and whose search path shows the revisions' titles through a view marked
 * {@code [replica]}: what a page shows tells which database it read, and a write sent to the replica would fail.
 */
@ExtendWith(Postgres.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
class ReplicaReadsPostgresTest {

    private static final String ROLE = "tilmash_replica";
    private static final String PASSWORD = "replica-for-tests";
    private static final String VIEWS = "tilmash_replica_view";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
        // No server-side prepared statements: a plan cached before the view existed would still read the table.
        registry.add("tilmash.replica.url", () -> Postgres.URL + "?prepareThreshold=0");
        registry.add("tilmash.replica.username", ReplicaReadsPostgresTest::readOnlyRole);
        registry.add("tilmash.replica.password", () -> PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @Autowired
    JdbcTemplate primary;

    /** A role like a hot standby's: it reads everything and writes nothing. */
    private static String readOnlyRole() {
        try (Connection admin = DriverManager.getConnection(Postgres.URL, "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + ROLE
                    + "') then create role " + ROLE + " login superuser; end if; end $$");
            statement.execute("alter role " + ROLE + " password '" + PASSWORD + "'");
            statement.execute("alter role " + ROLE + " set default_transaction_read_only = on");
            statement.execute("alter role " + ROLE + " set search_path = " + VIEWS + ", public");
            return ROLE;
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    @AfterEach
    void dropTheMarkedView() {
        primary.execute("drop schema if exists " + VIEWS + " cascade");
    }

    @Test
    void readersReadTheReplicaWhileTheBackOfficeReadsAndWritesThePrimary() {
        String editor = fixture.account(TestAccounts.unique("replica-editor"), Role.EDITOR);
        String reviewer = fixture.account(TestAccounts.unique("replica-reviewer"), Role.REVIEWER, "en");
        Fixture.Article article = fixture.article("en")
                .by(editor)
                .reviewedBy(reviewer)
                .published("en", Fixture.text("Reservoir levels rise", "Spring floods.", "Body."))
                .create();
        markTitlesSeenThroughTheReplica();

        WebVisitor reader = new WebVisitor(port, "en");
        String href = reader.get("/en/news/" + article.id())
                .headers()
                .firstValue("Location")
                .orElseThrow();
        assertThat(Jsoup.parse(reader.get(href).body()).select("h1").text())
                .isEqualTo("[replica] Reservoir levels rise");

        WebVisitor office = new WebVisitor(port, "en");
        office.login(editor, TestAccounts.PASSWORD);
        String page = "/admin/articles/" + article.id() + "/en";
        assertThat(Jsoup.parse(office.get(page).body()).select("h1").text())
                .as("the back office reads the primary")
                .isEqualTo("Reservoir levels rise");
        String section = Jsoup.parse(office.get(page).body())
                .select("#sectionId option")
                .last()
                .val();
        HttpResponse<String> moved = office.submit(
                page, "/admin/articles/" + article.id() + "/settings", Map.of("back", "en", "sectionId", section));
        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(Jsoup.parse(office.get(page).body())
                        .select(".notice, [role=status]")
                        .text())
                .as("the write went to the primary (the replica refuses writes)")
                .contains("saved");
        assertThat(primary.queryForObject(
                        "select section_id from tilmash_article where id = ?", Long.class, article.id()))
                .isEqualTo(Long.valueOf(section));
    }

    /** The revisions as the replica role sees them: the same rows, each title marked. */
    private void markTitlesSeenThroughTheReplica() {
        String columns = primary.queryForObject(
                "select string_agg(case when column_name = 'title' then '''[replica] '' || title as title'"
                        + " else quote_ident(column_name) end, ', ' order by ordinal_position)"
                        + " from information_schema.columns"
                        + " where table_schema = 'public' and table_name = 'tilmash_revision'",
                String.class);
        primary.execute("create schema if not exists " + VIEWS);
        primary.execute("create or replace view " + VIEWS + ".tilmash_revision as select " + columns
                + " from public.tilmash_revision");
    }
}
