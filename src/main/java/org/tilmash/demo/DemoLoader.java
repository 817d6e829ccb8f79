package org.tilmash.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tilmash.TilmashDatabase;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Passwords;
import org.tilmash.accounts.Role;
import org.tilmash.accounts.SystemTask;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.workflow.ImportedArticle;
import org.tilmash.workflow.Sections;
import org.tilmash.workflow.Workflow;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo once, into a database without articles: never over real content. Runs after the first administrator
 * is created.
 */
@Component
@Order(10)
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private static final String DEMO_AUTHOR = "editor";

    private final DemoProperties properties;
    private final ContentService content;
    private final Workflow workflow;
    private final Sections sectionDesk;
    private final AccountService accounts;
    private final LanguageRegistry languages;
    private final TransactionTemplate transaction;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    DemoLoader(
            DemoProperties properties,
            ContentService content,
            Workflow workflow,
            Sections sectionDesk,
            AccountService accounts,
            LanguageRegistry languages,
            TilmashDatabase database) {
        this.properties = properties;
        this.content = content;
        this.workflow = workflow;
        this.sectionDesk = sectionDesk;
        this.accounts = accounts;
        this.languages = languages;
        this.transaction = database.transaction();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.isEnabled()) {
            return;
        }
        createAccounts();
        if (content.articleCount() > 0) {
            log.info("Demo content skipped: the database already holds articles");
            return;
        }
        int loaded = SystemTask.run("demo", () -> transaction.execute(status -> loadContent()));
        log.info("Demo content loaded: {} articles", loaded);
    }

    private void createAccounts() {
        boolean generated = properties.getPassword().isBlank();
        String password = generated ? Passwords.random() : properties.getPassword();
        Set<String> all = Set.copyOf(languages.codes());
        Map<String, Map<Role, Set<String>>> demoUsers = Map.of(
                "editor", Map.of(Role.EDITOR, Set.of()),
                "translator", Map.of(Role.TRANSLATOR, Set.of("kk", "ky")),
                "reviewer", Map.of(Role.REVIEWER, all));
        boolean created = false;
        for (var user : demoUsers.entrySet()) {
            if (!accounts.exists(user.getKey())) {
                accounts.create(user.getKey(), password, displayName(user.getKey()), user.getValue());
                created = true;
            }
        }
        if (created && generated) {
            PrintStream console = System.out;
            console.println();
            console.println(" Demo accounts editor, translator (kk, ky) and reviewer share the password: " + password);
            console.println();
        }
    }

    private static String displayName(String username) {
        return Character.toUpperCase(username.charAt(0)) + username.substring(1);
    }

    private int loadContent() {
        Map<String, Long> sections = read("classpath:demo/sections.json", DemoData.Sections.class)
                .flatMap(file -> file.sections().stream())
                .collect(Collectors.toMap(
                        DemoData.SectionData::key,
                        section -> sectionDesk
                                .create(enabledOnly(section.names()), Map.of("en", section.key()))
                                .id()));
        List<DemoData.ArticleData> articles = read("classpath:demo/articles-*.json", DemoData.Articles.class)
                .flatMap(file -> file.articles().stream())
                .filter(article -> languages.isEnabled(article.sourceLanguage()))
                .sorted(Comparator.comparing(DemoData.ArticleData::publishedAt))
                .toList();
        articles.forEach(article -> workflow.importArticle(imported(article, sections.get(article.section()))));
        return articles.size();
    }

    private Map<String, String> enabledOnly(Map<String, String> byLanguage) {
        Map<String, String> enabled = new HashMap<>(byLanguage);
        enabled.keySet().retainAll(languages.codes());
        return enabled;
    }

    private ImportedArticle imported(DemoData.ArticleData data, Long sectionId) {
        Map<String, ImportedArticle.Version> versions = new LinkedHashMap<>();
        data.versions().forEach((language, version) -> {
            if (languages.isEnabled(language)) {
                versions.put(
                        language,
                        new ImportedArticle.Version(
                                new ArticleText(version.title(), version.intro(), version.body()),
                                null,
                                ImportedArticle.State.valueOf(version.state().name()),
                                data.publishedAt().toInstant()));
            }
        });
        return new ImportedArticle(
                sectionId,
                data.sourceLanguage(),
                DEMO_AUTHOR,
                "demo:" + data.id(),
                data.publishedAt().toInstant(),
                versions);
    }

    private <T> Stream<T> read(String pattern, Class<T> type) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            return Stream.of(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(resource -> parse(resource, type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T parse(Resource resource, Class<T> type) {
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
