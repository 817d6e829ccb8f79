package org.tilmash.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tilmash.support.TilmashTest;

@TilmashTest
class DemoContentTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader loader;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    /** Demo rows only: other tests sharing this context add articles of their own. */
    private static final String ARTICLES = "(select * from article where author = 'editor')";

    private static final String VERSIONS =
            "(select v.* from article_version v join article a on a.id = v.article_id" + " where a.author = 'editor')";

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
        assertThat(count("select count(*) from revision r join " + VERSIONS + " v on v.id = r.version_id"
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
                        + " (select 1 from article_version v where v.article_id = a.id and v.language = 'kk')"))
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
                jdbc.queryForList("select c.section_id, c.language from section_counter c"
                        + " where c.published_count <> (select count(*) from article_version v where v.section_id = c.section_id"
                        + " and v.language = c.language and v.published_revision_id is not null)");
        assertThat(mismatches).isEmpty();
    }

    @Test
    void demoAccountsUseTheConfiguredPassword() {
        for (String username : List.of("editor", "translator", "reviewer")) {
            assertThat(passwordEncoder.matches(
                            "demo-password-for-tests",
                            users.loadUserByUsername(username).getPassword()))
                    .isTrue();
        }
        assertThat(jdbc.queryForList(
                        "select language from user_scope s join user_account u on u.id = s.user_id"
                                + " where u.username = 'translator' and s.role = 'TRANSLATOR'",
                        String.class))
                .containsExactlyInAnyOrder("kk", "ky");
        assertThat(count("select count(*) from user_scope s join user_account u on u.id = s.user_id"
                        + " where u.username = 'reviewer' and s.role = 'REVIEWER'"))
                .isEqualTo(8);
    }

    @Test
    void theDemoIsLoadedOnlyOnceAndNeverOverExistingContent() throws Exception {
        int articles = count("select count(*) from " + ARTICLES + " a");
        int users = count("select count(*) from user_account");
        loader.run(null);
        assertThat(count("select count(*) from " + ARTICLES + " a")).isEqualTo(articles);
        assertThat(count("select count(*) from user_account")).isEqualTo(users);
    }
}
