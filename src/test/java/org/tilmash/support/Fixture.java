package org.tilmash.support;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;
import org.tilmash.accounts.SystemTask;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.content.RevisionView;
import org.tilmash.workflow.Sections;
import org.tilmash.workflow.Workflow;

/**
 * What tests need in the database, made through the same services the back office uses and owned by the test that
 * made it: accounts, sections and articles no other test sees, so no test depends on another's data. Shared demo
 * data stays read-only.
 */
@Component
public class Fixture {

    private final AccountService accounts;
    private final ContentService content;
    private final Workflow workflow;
    private final Sections sections;

    Fixture(AccountService accounts, ContentService content, Workflow workflow, Sections sections) {
        this.accounts = accounts;
        this.content = content;
        this.workflow = workflow;
        this.sections = sections;
    }

    /** A new account holding {@code role}, scoped to {@code languages} where the role is scoped. */
    public String account(String prefix, Role role, String... languages) {
        return accounts(prefix, Map.of(role, Set.of(languages)));
    }

    /** A new account with several roles. */
    public String accounts(String prefix, Map<Role, Set<String>> roles) {
        return TestAccounts.create(accounts, prefix, roles);
    }

    /** A new section of its own, named {@code name} in English. */
    public Section section(String name) {
        String slug = TestAccounts.unique("section");
        return new Section(
                SystemTask.run("fixture", () -> sections.create(Map.of("en", name), Map.of("en", slug)))
                        .id(),
                slug);
    }

    /** A section made for one test: its id and the slug of its reader pages. */
    public record Section(Long id, String slug) {}

    /** Starts an article whose source language is {@code sourceLanguage}, in a section of its own. */
    public ArticleBuilder article(String sourceLanguage) {
        return new ArticleBuilder(sourceLanguage);
    }

    /**
     * Saves {@code text} as a new revision of the article's version in {@code language} and has it approved, as an
     * editor and a reviewer would.
     *
     * @return the version's id
     */
    public Long publish(Long articleId, String language, ArticleText text, String editor, String reviewer) {
        Long versionId = saveDraft(articleId, language, text, editor);
        submitAndApprove(versionId, editor, reviewer);
        return versionId;
    }

    /** Saves {@code text} as a new draft revision, as {@code editor} would from the back office. */
    public Long saveDraft(Long articleId, String language, ArticleText text, String editor) {
        return SignedIn.as(editor, () -> workflow.save(articleId, language, text, Optional.empty()))
                .versionId();
    }

    /** The editor submits the version, the reviewer approves it for publication now. */
    public void submitAndApprove(Long versionId, String editor, String reviewer) {
        SignedIn.run(editor, () -> workflow.submit(versionId));
        SignedIn.run(reviewer, () -> workflow.approve(versionId, Optional.empty()));
    }

    /** Text with a body of one paragraph per element of {@code paragraphs}. */
    public static ArticleText text(String title, String intro, String... paragraphs) {
        String body = Arrays.stream(paragraphs).map(p -> "<p>" + p + "</p>").collect(Collectors.joining());
        return new ArticleText(title, intro, body.isEmpty() ? "<p>" + title + "</p>" : body);
    }

    /** An article made by a {@link ArticleBuilder}: its id, section, people and language versions. */
    public record Article(Long id, Long sectionId, String editor, String reviewer, Map<String, Long> versions) {

        public Long version(String language) {
            Long id = versions.get(language);
            if (id == null) {
                throw new IllegalArgumentException("The article has no version in " + language);
            }
            return id;
        }
    }

    /** An article with versions in several languages, each left as a draft, in review or published. */
    public final class ArticleBuilder {

        private final String sourceLanguage;
        private final Map<String, ArticleText> texts = new LinkedHashMap<>();
        private final Map<String, State> states = new LinkedHashMap<>();
        private Long sectionId;
        private String editor;
        private String reviewer;
        private Optional<Instant> dateline = Optional.empty();

        private ArticleBuilder(String sourceLanguage) {
            this.sourceLanguage = sourceLanguage;
        }

        public ArticleBuilder in(Section section) {
            this.sectionId = section.id();
            return this;
        }

        public ArticleBuilder by(String editor) {
            this.editor = editor;
            return this;
        }

        /** Dates the article, as an editor entering older news does; otherwise its first publication dates it. */
        public ArticleBuilder dated(Instant dateline) {
            this.dateline = Optional.of(dateline);
            return this;
        }

        public ArticleBuilder reviewedBy(String reviewer) {
            this.reviewer = reviewer;
            return this;
        }

        public ArticleBuilder draft(String language, ArticleText text) {
            return version(language, text, State.DRAFT);
        }

        public ArticleBuilder inReview(String language, ArticleText text) {
            return version(language, text, State.IN_REVIEW);
        }

        public ArticleBuilder published(String language, ArticleText text) {
            return version(language, text, State.PUBLISHED);
        }

        private ArticleBuilder version(String language, ArticleText text, State state) {
            texts.put(language, text);
            states.put(language, state);
            return this;
        }

        /** Writes the article: the source language first, then translations pinned to the source's revision. */
        public Article create() {
            if (!texts.containsKey(sourceLanguage)) {
                throw new IllegalStateException("An article starts with its " + sourceLanguage + " version");
            }
            Long section =
                    sectionId != null ? sectionId : section("Test section").id();
            editor = editor != null ? editor : account("editor", Role.EDITOR);
            reviewer = reviewer != null ? reviewer : account("reviewer", Role.REVIEWER, languages());
            RevisionView original = SignedIn.as(
                    editor,
                    () -> workflow.createArticle(
                            section, sourceLanguage, texts.get(sourceLanguage), Optional.empty(), dateline));
            Long articleId = content.version(original.versionId()).orElseThrow().articleId();
            Map<String, Long> versions = new LinkedHashMap<>();
            versions.put(sourceLanguage, advance(original));
            texts.keySet().stream()
                    .filter(language -> !language.equals(sourceLanguage))
                    .forEach(language -> versions.put(language, translate(articleId, language, original)));
            return new Article(articleId, section, editor, reviewer, Map.copyOf(versions));
        }

        private String[] languages() {
            return texts.keySet().toArray(String[]::new);
        }

        private Long translate(Long articleId, String language, RevisionView original) {
            RevisionView translation = SignedIn.as(editor, () -> {
                RevisionView saved = workflow.save(articleId, language, texts.get(language), Optional.empty());
                workflow.pinSource(saved.versionId(), original.id());
                return saved;
            });
            return advance(translation);
        }

        /** Moves the version as far as the test asked: submitted by its editor, approved by its reviewer. */
        private Long advance(RevisionView revision) {
            Long versionId = revision.versionId();
            State state = states.get(revision.language());
            if (state == State.PUBLISHED) {
                submitAndApprove(versionId, editor, reviewer);
            } else if (state == State.IN_REVIEW) {
                SignedIn.run(editor, () -> workflow.submit(versionId));
            }
            return versionId;
        }
    }

    private enum State {
        DRAFT,
        IN_REVIEW,
        PUBLISHED
    }
}
