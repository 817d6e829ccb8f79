package org.tilmash.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tilmash.i18n.Slugs;

/** Writes and reads articles, their language versions and revisions, and keeps section counters. */
@Service
@Transactional
public class ContentService {

    private final SectionRepository sections;
    private final SectionCounterRepository counters;
    private final ArticleRepository articles;
    private final ArticleVersionRepository versions;
    private final RevisionRepository revisions;
    private final HtmlSanitizer sanitizer;
    private final Slugs slugs;
    private final Clock clock;

    ContentService(
            SectionRepository sections,
            SectionCounterRepository counters,
            ArticleRepository articles,
            ArticleVersionRepository versions,
            RevisionRepository revisions,
            HtmlSanitizer sanitizer,
            Slugs slugs,
            Clock clock) {
        this.sections = sections;
        this.counters = counters;
        this.articles = articles;
        this.versions = versions;
        this.revisions = revisions;
        this.sanitizer = sanitizer;
        this.slugs = slugs;
        this.clock = clock;
    }

    public Section createSection(String slug, Map<String, String> names) {
        return sections.save(new Section(slug, (int) sections.count(), names));
    }

    @Transactional(readOnly = true)
    public List<Section> sections() {
        return sections.findAllByOrderByPositionAsc();
    }

    @Transactional(readOnly = true)
    public long articleCount() {
        return articles.count();
    }

    public Article createArticle(Long sectionId, String sourceLanguage, String author) {
        Section section = sections.findById(sectionId).orElseThrow();
        return articles.save(new Article(section, sourceLanguage, author, clock.instant()));
    }

    /**
     * Saves text as a new revision of the article's version in {@code language}, creating the version on first save.
     * The body is sanitized; the version becomes a draft again if it was anything else.
     */
    public Revision saveDraft(Long articleId, String language, ArticleText text, String author) {
        ArticleVersion version = versions.findByArticleIdAndLanguage(articleId, language)
                .orElseGet(() -> newVersion(articleId, language, text.title(), author));
        ArticleText clean = new ArticleText(text.title().strip(), text.intro().strip(), sanitizer.clean(text.body()));
        Revision revision = revisions.save(version.write(clean, author, clock.instant()));
        versions.save(version);
        return revision;
    }

    private ArticleVersion newVersion(Long articleId, String language, String title, String author) {
        Article article = articles.findById(articleId).orElseThrow();
        return versions.save(
                new ArticleVersion(article, language, uniqueSlug(title, language), author, clock.instant()));
    }

    private String uniqueSlug(String title, String language) {
        String base = slugs.slugify(title, language);
        String slug = base;
        for (int n = 2; versions.existsByLanguageAndSlug(language, slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Records the source revision a translation was made from. */
    public void pinSource(Long versionId, Long sourceRevisionId) {
        versions.findById(versionId).orElseThrow().pinSource(revisions.getReferenceById(sourceRevisionId));
    }

    public ArticleVersion submitForReview(Long versionId, String actor) {
        ArticleVersion version = versions.findById(versionId).orElseThrow();
        version.changeState(VersionState.IN_REVIEW, actor, clock.instant());
        return version;
    }

    /** Makes the working revision the one readers see, keeping the section counter in step. */
    public ArticleVersion publish(Long versionId, String actor, Instant at) {
        ArticleVersion version = versions.findById(versionId).orElseThrow();
        boolean wasLive = version.isLive();
        version.publishWorkingRevision(actor, at);
        if (!wasLive) {
            count(version, +1);
        }
        return version;
    }

    public ArticleVersion unpublish(Long versionId, String actor) {
        ArticleVersion version = versions.findById(versionId).orElseThrow();
        if (version.isLive()) {
            version.withdraw(actor, clock.instant());
            count(version, -1);
        }
        return version;
    }

    private void count(ArticleVersion version, int delta) {
        Long sectionId = version.getSection().getId();
        SectionCounter counter = counters.lock(sectionId, version.getLanguage())
                .orElseGet(() -> counters.save(new SectionCounter(sectionId, version.getLanguage())));
        counter.add(delta);
    }

    /** Live versions in a language per section id, from the maintained counters. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> publishedCounts(String language) {
        return counters.findByLanguage(language).stream()
                .collect(Collectors.toMap(SectionCounter::getSectionId, SectionCounter::getPublishedCount));
    }

    /** The newest live versions in a language, with their published revision and section loaded. */
    @Transactional(readOnly = true)
    public List<ArticleVersion> latestLive(String language, int limit) {
        return versions.findLive(language, PageRequest.of(0, limit));
    }
}
