package org.tilmash.translation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.tilmash.TilmashTransactional;
import org.tilmash.accounts.Permissions;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.content.RevisionView;
import org.tilmash.content.Segments;
import org.tilmash.content.VersionView;
import org.tilmash.content.WordDiff;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.media.Gallery;
import org.tilmash.media.ImageText;
import org.tilmash.workflow.Workflow;
import org.tilmash.workflow.WorkflowException;

/** What translators and editors do with translations; every write goes through the workflow service. */
@Service
@TilmashTransactional
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
    @TilmashTransactional(readOnly = true)
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
            Long articleId, String language, String sourceLanguage, String title, Reason reason, Instant since) {

        /** The language {@link #title} is written in: a new translation has none yet, so it shows the source's. */
        public String titleLanguage() {
            return reason == Reason.NEW ? sourceLanguage : language;
        }
    }

    /** The work of the signed-in translator in the languages they may edit, longest waiting first. */
    @TilmashTransactional(readOnly = true)
    public List<QueueItem> queue() {
        List<String> mine =
                languages.codes().stream().filter(permissions::canEdit).toList();
        List<QueueItem> items = new ArrayList<>();
        for (VersionView version : content.translationWork(mine)) {
            if (!version.original()) {
                items.add(new QueueItem(
                        version.articleId(),
                        version.language(),
                        version.sourceLanguage(),
                        version.title(),
                        version.outdated() ? Reason.OUTDATED : Reason.DRAFT,
                        version.stateChangedAt()));
            }
        }
        for (String language : mine) {
            for (VersionView source : content.untranslated(language, NEW_PER_LANGUAGE)) {
                items.add(new QueueItem(
                        source.articleId(),
                        language,
                        source.language(),
                        source.published().title(),
                        Reason.NEW,
                        source.publishedAt()));
            }
        }
        items.sort(Comparator.comparing(QueueItem::since));
        return items;
    }

    /** The published versions a translator may translate from, e.g. Russian for Kyrgyz though the source is English. */
    @TilmashTransactional(readOnly = true)
    public List<VersionView> pivots(Long articleId, String language) {
        return content.versionsOf(articleId).stream()
                .filter(version -> version.live() && !version.language().equals(language))
                .toList();
    }

    /**
     * What the side-by-side editor shows: the pivot's published segments beside the translation's, aligned; for a
     * translation based on an older revision of the pivot, the word diff of each source segment since then.
     */
    @TilmashTransactional(readOnly = true)
    public SideBySide sideBySide(Long articleId, String language, Optional<String> pivotLanguage) {
        requireEdit(language);
        Optional<VersionView> translation = content.findVersion(articleId, language);
        VersionView pivot = pivotFor(articleId, language, pivotLanguage, translation);
        RevisionView source = pivot.published();
        List<Segments.Segment> sourceSegments = Segments.of(source.text());
        List<String> translated = translation
                .map(version -> Segments.of(version.working().text()).stream()
                        .map(Segments.Segment::html)
                        .toList())
                .orElse(List.of());
        Optional<RevisionView> base = translation
                .flatMap(this::pinnedSource)
                .filter(revision -> revision.versionId().equals(pivot.id()));
        Optional<RevisionView> pivotBefore =
                base.filter(revision -> !revision.id().equals(source.id()));
        Optional<RevisionView[]> change = pivotBefore
                .map(before -> new RevisionView[] {before, source})
                .or(() -> translation.flatMap(this::originalChange));
        List<WordDiff.Row> changes = change.map(pair -> WordDiff.compare(pair[0].text(), pair[1].text()))
                .orElse(List.of());
        Set<Integer> changed = change.map(pair -> WordDiff.changedSegments(pair[0].text(), pair[1].text()))
                .orElse(Set.of());
        String changedLanguage = change.map(pair -> pair[1].language()).orElse(pivot.language());
        return new SideBySide(
                pivot,
                source,
                sourceSegments,
                translated,
                base.orElse(null),
                changes,
                changed,
                changedLanguage,
                translation.map(VersionView::version).orElse(null),
                translation.map(VersionView::outdated).orElse(false));
    }

    /** The original's change behind a translation made through another language: its base and current revision. */
    private Optional<RevisionView[]> originalChange(VersionView translation) {
        Optional<RevisionView> before =
                Optional.ofNullable(translation.rootSourceRevisionId()).flatMap(content::revision);
        return before.flatMap(then -> content.versionsOf(translation.articleId()).stream()
                .filter(VersionView::original)
                .map(VersionView::published)
                .filter(now -> now != null && !now.id().equals(then.id()))
                .findFirst()
                .map(now -> new RevisionView[] {then, now}));
    }

    private Optional<RevisionView> pinnedSource(VersionView translation) {
        return Optional.ofNullable(translation.sourceRevisionId()).flatMap(content::revision);
    }

    private VersionView pivotFor(
            Long articleId, String language, Optional<String> wanted, Optional<VersionView> translation) {
        List<VersionView> pivots = pivots(articleId, language);
        Optional<String> pinned = translation.flatMap(this::pinnedSource).map(RevisionView::language);
        String sourceLanguage =
                pivots.stream().map(VersionView::sourceLanguage).findFirst().orElse("");
        for (String candidate : List.of(wanted.orElse(""), pinned.orElse(""), sourceLanguage)) {
            Optional<VersionView> found = pivots.stream()
                    .filter(version -> version.language().equals(candidate))
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
    public RevisionView save(
            Long articleId, String language, String pivotLanguage, List<String> segments, Optional<Long> expected) {
        return save(articleId, language, pivotLanguage, segments, Map.of(), expected);
    }

    /** Saves the text and the gallery's image texts of a translation together. */
    public RevisionView save(
            Long articleId,
            String language,
            String pivotLanguage,
            List<String> segments,
            Map<Long, ImageText> imageTexts,
            Optional<Long> expected) {
        if (!imageTexts.values().stream().allMatch(ImageText::fits)) {
            throw new WorkflowException("translation.error.imageTextTooLong");
        }
        SideBySide view = sideBySide(articleId, language, Optional.of(pivotLanguage));
        ArticleText text = Segments.assemble(view.sourceSegments(), segments);
        if (text.title().isBlank()) {
            throw new WorkflowException("translation.error.titleRequired");
        }
        RevisionView saved = workflow.save(articleId, language, text, expected);
        imageTexts.forEach((imageId, imageText) -> gallery.writeTexts(articleId, imageId, language, imageText));
        workflow.pinSource(saved.versionId(), view.source().id());
        return saved;
    }

    /**
     * The translator saw the source diff and the translation needs no change: it is current again. Not while a part of
     * the source with text has no translation at all (a paragraph added to the source, say): that needs translating,
     * or the editor declaring the change minor.
     */
    public void confirmUpdate(Long articleId, String language) {
        requireEdit(language);
        VersionView translation = content.findVersion(articleId, language)
                .orElseThrow(() -> new WorkflowException("workflow.error.noSuchVersion"));
        SideBySide view = sideBySide(articleId, language, Optional.empty());
        boolean untranslatedPart = IntStream.range(0, view.sourceSegments().size())
                .anyMatch(index -> !view.sourceSegments().get(index).text().isBlank()
                        && view.translatedAt(index).isBlank());
        if (untranslatedPart) {
            throw new WorkflowException("translation.error.untranslatedPart");
        }
        workflow.confirmTranslation(translation.id(), view.source().id());
    }

    /** The editor declares the last published change of a source minor: its translations stay current. */
    public int markMinor(Long articleId, String language) {
        VersionView source = content.findVersion(articleId, language)
                .orElseThrow(() -> new WorkflowException("workflow.error.notPublished"));
        return workflow.markMinor(source.id());
    }

    /** The translation as it is saved now, e.g. to show beside what a translator typed when someone saved first. */
    @TilmashTransactional(readOnly = true)
    public Optional<RevisionView> saved(Long articleId, String language) {
        requireEdit(language);
        return content.findVersion(articleId, language).map(VersionView::working);
    }

    /**
     * What a reviewer reads side by side: the source revision the translation was made from (a published revision,
     * which readers have seen, so a reviewer of the translation may read it) beside the translation's working text,
     * and the images' texts in both languages.
     */
    @TilmashTransactional(readOnly = true)
    public Optional<Review> review(Long articleId, String language) {
        if (!permissions.canView(language)) {
            throw new AccessDeniedException("May not read " + language);
        }
        return content.findVersion(articleId, language)
                .filter(translation -> !translation.original())
                .flatMap(translation -> pinnedSource(translation)
                        .or(() -> content.versionsOf(articleId).stream()
                                .filter(VersionView::original)
                                .map(VersionView::published)
                                .filter(published -> published != null)
                                .findFirst())
                        .map(source -> new Review(
                                translation,
                                source,
                                Segments.of(source.text()),
                                Segments.of(translation.working().text()),
                                imageRows(articleId, source.language(), language))));
    }

    /** A translation beside its source, segment by segment; see {@link #review}. */
    public record Review(
            VersionView translation,
            RevisionView source,
            List<Segments.Segment> sourceSegments,
            List<Segments.Segment> translated,
            List<ImageRow> images) {

        /** The translation's segment at {@code index}, or null where it has fewer segments than the source. */
        public Segments.Segment translatedAt(int index) {
            return index < translated.size() ? translated.get(index) : null;
        }
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
            VersionView pivot,
            RevisionView source,
            List<Segments.Segment> sourceSegments,
            List<String> translated,
            RevisionView base,
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
