package org.tilmash.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tilmash.support.TilmashTest;

@TilmashTest
class DemoContentTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader loader;

    /** How Tilmash stores passwords (bcrypt behind a delegating encoder); the test reads the stored hash itself. */
    private final PasswordEncoder passwordEncoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    /** Demo rows only: other tests sharing this context add articles of their own. */
    private static final String ARTICLES = "(select * from tilmash_article where author = 'editor')";

    private static final String VERSIONS =
            "(select v.* from tilmash_article_version v join tilmash_article a on a.id = v.article_id"
                    + " where a.author = 'editor')";

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void aboutThirtyArticlesInSeveralSectionsWithEnglishAndRussianSources() {
        assertThat(count("select count(*) from " + ARTICLES + " a")).isBetween(28, 32);
        assertThat(count("select count(*) from " + ARTICLES + " a where source_language = 'en'"))
                .isPositive();
        assertThat(count("select count(*) from " + ARTICLES + " a where source_language = 'ru'"))
                .isPositive();
        assertThat(count("select count(distinct section_id) from " + ARTICLES + " a"))
                .isEqualTo(4);
    }

    @Test
    void everyArticleHasAnIntroAndFullTextInEveryVersion() {
        assertThat(count("select count(*) from tilmash_revision r join " + VERSIONS + " v on v.id = r.version_id"
                        + " where r.intro = '' or r.body = '' or r.title = ''"))
                .isZero();
    }

    @Test
    void regionalTranslationsAreInMixedWorkflowStatesAndSomeAreMissing() {
        for (String language : List.of("kk", "ky", "tg", "tk", "uz", "az")) {
            assertThat(count(
                            "select count(*) from " + VERSIONS + " v where language = ? and state = 'PUBLISHED'",
                            language))
                    .as("published %s", language)
                    .isPositive();
        }
        assertThat(count("select count(*) from " + VERSIONS + " v where state = 'IN_REVIEW'"))
                .isPositive();
        assertThat(count("select count(*) from " + VERSIONS + " v where state = 'DRAFT'"))
                .isPositive();
        assertThat(count("select count(*) from " + ARTICLES + " a where not exists"
                        + " (select 1 from tilmash_article_version v where v.article_id = a.id and v.language = 'kk')"))
                .as("articles without a Kazakh version")
                .isPositive();
        assertThat(count("select count(*) from " + VERSIONS + " v join " + ARTICLES + " a on a.id = v.article_id"
                        + " where v.language <> a.source_language and v.source_revision_id is null"))
                .as("translations record their source revision")
                .isZero();
    }

    @Test
    void sectionCountersMatchThePublishedVersions() {
        List<Map<String, Object>> mismatches =
                jdbc.queryForList("select c.section_id, c.language from tilmash_section_counter c"
                        + " where c.published_count <> (select count(*) from tilmash_article_version v where v.section_id = c.section_id"
                        + " and v.language = c.language and v.published_revision_id is not null)");
        assertThat(mismatches).isEmpty();
    }

    @Test
    void demoAccountsUseTheConfiguredPassword() {
        for (String username : List.of("editor", "translator", "reviewer")) {
            assertThat(passwordEncoder.matches(
                            "demo-password-for-tests",
                            jdbc.queryForObject(
                                    "select password_hash from tilmash_user_account where username = ?",
                                    String.class,
                                    username)))
                    .isTrue();
        }
        assertThat(jdbc.queryForList(
                        "select language from tilmash_user_scope s join tilmash_user_account u on u.id = s.user_id"
                                + " where u.username = 'translator' and s.role = 'TRANSLATOR'",
                        String.class))
                .containsExactlyInAnyOrder("kk", "ky");
        assertThat(count("select count(*) from tilmash_user_scope s join tilmash_user_account u on u.id = s.user_id"
                        + " where u.username = 'reviewer' and s.role = 'REVIEWER'"))
                .isEqualTo(8);
    }

    @Test
    void theDemoIsLoadedOnlyOnceAndNeverOverExistingContent() throws Exception {
        int articles = count("select count(*) from " + ARTICLES + " a");
        int users = count("select count(*) from tilmash_user_account");
        loader.run(null);
        assertThat(count("select count(*) from " + ARTICLES + " a")).isEqualTo(articles);
        assertThat(count("select count(*) from tilmash_user_account")).isEqualTo(users);
    }
}
