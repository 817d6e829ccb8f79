package org.tilmash.translation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tilmash.accounts.Permissions;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ArticleVersion;
import org.tilmash.content.ContentService;
import org.tilmash.content.Revision;
import org.tilmash.content.Segments;
import org.tilmash.content.WordDiff;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.media.Gallery;
import org.tilmash.media.ImageText;
import org.tilmash.workflow.Workflow;
import org.tilmash.workflow.WorkflowException;

/** What translators and editors do with translations; every write goes through the workflow service. */
@Service
@Transactional
public class Translations {

    private static final int NEW_PER_LANGUAGE = 100;

    private final ContentService content;
    private final Workflow workflow;
    private final Permissions permissions;
    private final LanguageRegistry languages;
    private final Gallery gallery;

    Translations(
            ContentService content,
            Workflow workflow,
            Permissions permissions,
            LanguageRegistry languages,
            Gallery gallery) {
        this.content = content;
        this.workflow = workflow;
        this.permissions = permissions;
        this.languages = languages;
        this.gallery = gallery;
    }

    /** An image of the article's gallery with its texts in the pivot and in the translation's language. */
    public record ImageRow(Long imageId, String thumbnailUrl, ImageText source, ImageText target) {}

    /** The gallery's texts to translate, in gallery order. */
    @Transactional(readOnly = true)
    public List<ImageRow> imageRows(Long articleId, String pivotLanguage, String language) {
        return gallery.of(articleId).stream()
                .map(image -> new ImageRow(
                        image.id(),
                        image.thumbnailUrl(),
                        image.texts().getOrDefault(pivotLanguage, ImageText.EMPTY),
                        image.texts().getOrDefault(language, ImageText.EMPTY)))
                .toList();
    }

    /** Why a translation is in the queue. */
    public enum Reason {
        NEW,
        OUTDATED,
        DRAFT
    }

    /** One piece of work: translate or update an article's version in a language, waiting since {@code since}. */
    public record QueueItem(
            Long articleId, String language, String sourceLanguage, String title, Reason reason, Instant since) {}

    /** The work of the signed-in translator in the languages they may edit, longest waiting first. */
    @Transactional(readOnly = true)
    public List<QueueItem> queue() {
        List<String> mine =
                languages.codes().stream().filter(permissions::canEdit).toList();
        List<QueueItem> items = new ArrayList<>();
        for (ArticleVersion version : content.translationWork(mine)) {
            if (!version.getLanguage().equals(version.getArticle().getSourceLanguage())) {
                items.add(new QueueItem(
                        version.getArticle().getId(),
                        version.getLanguage(),
                        version.getArticle().getSourceLanguage(),
                        version.getWorkingRevision().getTitle(),
                        version.isOutdated() ? Reason.OUTDATED : Reason.DRAFT,
                        version.getStateChangedAt()));
            }
        }
        for (String language : mine) {
            for (ArticleVersion source : content.untranslated(language, NEW_PER_LANGUAGE)) {
                items.add(new QueueItem(
                        source.getArticle().getId(),
                        language,
                        source.getLanguage(),
                        source.getPublishedRevision().getTitle(),
                        Reason.NEW,
                        source.getPublishedAt()));
            }
        }
        items.sort(Comparator.comparing(QueueItem::since));
        return items;
    }

    /** The published versions a translator may translate from, e.g. Russian for Kyrgyz though the source is English. */
    @Transactional(readOnly = true)
    public List<ArticleVersion> pivots(Long articleId, String language) {
        return content.versionsOf(articleId).stream()
                .filter(version -> version.isLive() && !version.getLanguage().equals(language))
                .toList();
    }

    /**
     * What the side-by-side editor shows: the pivot's published segments beside the translation's, aligned; for a
     * translation based on an older revision of the pivot, the word diff of each source segment since then.
     */
    @Transactional(readOnly = true)
    public SideBySide sideBySide(Long articleId, String language, Optional<String> pivotLanguage) {
        requireEdit(language);
        Optional<ArticleVersion> translation =
                content.findVersion(articleId, language).flatMap(v -> content.version(v.getId()));
        ArticleVersion pivot = pivotFor(articleId, language, pivotLanguage, translation);
        Revision source = pivot.getPublishedRevision();
        List<Segments.Segment> sourceSegments = Segments.of(source.text());
        List<String> translated = translation
                .map(version -> Segments.of(version.getWorkingRevision().text()).stream()
                        .map(Segments.Segment::html)
                        .toList())
                .orElse(List.of());
        Optional<Revision> base = translation
                .map(ArticleVersion::getSourceRevision)
                .filter(revision ->
                        revision != null && revision.getVersion().getId().equals(pivot.getId()));
        Optional<Revision> pivotBefore =
                base.filter(revision -> !revision.getId().equals(source.getId()));
        Optional<Revision[]> change = pivotBefore
                .map(before -> new Revision[] {before, source})
                .or(() -> translation.flatMap(this::originalChange));
        List<WordDiff.Row> changes = change.map(pair -> WordDiff.compare(pair[0].text(), pair[1].text()))
                .orElse(List.of());
        Set<Integer> changed = change.map(pair -> WordDiff.changedSegments(pair[0].text(), pair[1].text()))
                .orElse(Set.of());
        String changedLanguage =
                change.map(pair -> pair[1].getVersion().getLanguage()).orElse(pivot.getLanguage());
        return new SideBySide(
                pivot,
                source,
                sourceSegments,
                translated,
                base.orElse(null),
                changes,
                changed,
                changedLanguage,
                translation.map(ArticleVersion::getVersion).orElse(null),
                translation.map(ArticleVersion::isOutdated).orElse(false));
    }

    /** The original's change behind a translation made through another language: its base and current revision. */
    private Optional<Revision[]> originalChange(ArticleVersion translation) {
        Revision before = translation.getRootSourceRevision();
        if (before == null) {
            return Optional.empty();
        }
        return content.versionsOf(translation.getArticle().getId()).stream()
                .filter(version ->
                        version.getLanguage().equals(version.getArticle().getSourceLanguage()))
                .map(ArticleVersion::getPublishedRevision)
                .filter(now -> now != null && !now.getId().equals(before.getId()))
                .findFirst()
                .map(now -> new Revision[] {before, now});
    }

    private ArticleVersion pivotFor(
            Long articleId, String language, Optional<String> wanted, Optional<ArticleVersion> translation) {
        List<ArticleVersion> pivots = pivots(articleId, language);
        Optional<String> pinned = translation
                .map(ArticleVersion::getSourceRevision)
                .filter(revision -> revision != null)
                .map(revision -> revision.getVersion().getLanguage());
        String sourceLanguage = content.versionsOf(articleId).stream()
                .map(version -> version.getArticle().getSourceLanguage())
                .findFirst()
                .orElse("en");
        for (String candidate : List.of(wanted.orElse(""), pinned.orElse(""), sourceLanguage)) {
            Optional<ArticleVersion> found = pivots.stream()
                    .filter(version -> version.getLanguage().equals(candidate))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        return pivots.stream().findFirst().orElseThrow(() -> new WorkflowException("translation.error.noPivot"));
    }

    /**
     * Saves the translation from aligned segments, pinned to the pivot's published revision the translator saw. Saving
     * from the editor, where the changed source segments are shown, confirms an outdated translation's update.
     */
    public Revision save(
            Long articleId,
            String language,
            String pivotLanguage,
            List<String> segments,
            String actor,
            Optional<Long> expected) {
        return save(articleId, language, pivotLanguage, segments, Map.of(), actor, expected);
    }

    /** Saves the text and the gallery's image texts of a translation together. */
    public Revision save(
            Long articleId,
            String language,
            String pivotLanguage,
            List<String> segments,
            Map<Long, ImageText> imageTexts,
            String actor,
            Optional<Long> expected) {
        if (!imageTexts.values().stream().allMatch(ImageText::fits)) {
            throw new WorkflowException("translation.error.imageTextTooLong");
        }
        SideBySide view = sideBySide(articleId, language, Optional.of(pivotLanguage));
        ArticleText text = Segments.assemble(view.sourceSegments(), segments);
        if (text.title().isBlank()) {
            throw new WorkflowException("translation.error.titleRequired");
        }
        Revision saved = workflow.save(articleId, language, text, actor, expected);
        imageTexts.forEach((imageId, imageText) -> gallery.writeTexts(articleId, imageId, language, imageText));
        Long versionId = saved.getVersion().getId();
        content.pinSource(versionId, view.source().getId());
        content.markOutdated(versionId, false);
        return saved;
    }

    /** The translator saw the source diff and the translation needs no change: it is current again. */
    public void confirmUpdate(Long articleId, String language) {
        requireEdit(language);
        ArticleVersion translation = content.findVersion(articleId, language)
                .orElseThrow(() -> new WorkflowException("workflow.error.noSuchVersion"));
        SideBySide view = sideBySide(articleId, language, Optional.empty());
        content.pinSource(translation.getId(), view.source().getId());
        content.markOutdated(translation.getId(), false);
    }

    /** The editor declares the last published change of a source minor: its translations stay current. */
    public int markMinor(Long articleId, String language) {
        requireEdit(language);
        ArticleVersion source = content.findVersion(articleId, language)
                .filter(ArticleVersion::isLive)
                .flatMap(version -> content.version(version.getId()))
                .orElseThrow(() -> new WorkflowException("workflow.error.notPublished"));
        int repinned = 0;
        for (ArticleVersion translation : content.translationsOf(source.getId())) {
            if (translation.isOutdated()) {
                content.pinSource(
                        translation.getId(), source.getPublishedRevision().getId());
                content.markOutdated(translation.getId(), false);
                repinned++;
            }
        }
        return repinned;
    }

    private void requireEdit(String language) {
        if (!permissions.canEdit(language)) {
            throw new AccessDeniedException("May not translate into " + language);
        }
    }

    /**
     * @param base the pivot revision the translation was made from; null for a new translation or another pivot
     * @param changes word diff of the pivot from {@code base} to {@code source}; empty when nothing changed
     * @param changedSegments positions of the source segments that changed since {@code base}
     * @param changedLanguage the language whose change {@code changes} shows: the pivot's, or the original's when the
     *     translation went through a pivot that has not changed yet
     * @param expectedVersion the translation's optimistic-lock version, null when it does not exist yet
     */
    public record SideBySide(
            ArticleVersion pivot,
            Revision source,
            List<Segments.Segment> sourceSegments,
            List<String> translated,
            Revision base,
            List<WordDiff.Row> changes,
            Set<Integer> changedSegments,
            String changedLanguage,
            Long expectedVersion,
            boolean outdated) {

        /** The existing translation of segment {@code index}, kept in place for unchanged segments. */
        public String translatedAt(int index) {
            return index < translated.size() ? translated.get(index) : "";
        }

        public boolean changed(int index) {
            return changedSegments.contains(index);
        }
    }
}
