package org.tilmash.workflow;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.tilmash.TilmashTransactional;
import org.tilmash.accounts.Permissions;
import org.tilmash.content.ArticleFields;
import org.tilmash.content.ContentEditing;
import org.tilmash.content.ContentService;
import org.tilmash.content.Datelines;
import org.tilmash.content.FieldRefusedException;
import org.tilmash.content.NoSuchSectionException;
import org.tilmash.content.VersionView;

/**
 * What editors set once for all language versions of an article: its date and its section. Each change is recorded
 * in the audit trail on the article's original version.
 */
@Service
@TilmashTransactional
public class ArticleSettings {

    private final ContentService content;
    private final ContentEditing editing;
    private final ArticleFields fields;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    ArticleSettings(
            ContentService content,
            ContentEditing editing,
            ArticleFields fields,
            Permissions permissions,
            AuditTrail audit,
            Clock clock) {
        this.content = content;
        this.editing = editing;
        this.fields = fields;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What the article's date, section and fields are now, as a short token: the settings form carries the one it
     * showed, so that saving it over someone else's change meanwhile is refused rather than undoing that change.
     */
    @TilmashTransactional(readOnly = true)
    public String stamp(Long articleId) {
        VersionView any = content.versionsOf(articleId).stream()
                .findFirst()
                .orElseThrow(() -> new WorkflowException("workflow.error.noSuchVersion"));
        String settings = any.dateline() + "|" + any.sectionId() + "|" + new TreeMap<>(fields.values(articleId));
        return UUID.nameUUIDFromBytes(settings.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * As {@link #change(Long, Optional, Long, Map, Locale)}, refused with nothing changed when the settings are no
     * longer those the form showed ({@code loaded}, from {@link #stamp}; a client that sends none is not checked).
     */
    public void change(
            Long articleId,
            Optional<String> loaded,
            Optional<Instant> dateline,
            Long sectionId,
            Map<String, String> submitted,
            Locale locale) {
        if (loaded.isPresent() && !loaded.get().equals(stamp(articleId))) {
            throw new WorkflowException("article.error.settingsChanged");
        }
        change(articleId, dateline, sectionId, submitted, locale);
    }

    /** Both at once, or neither: a refused date leaves the section as it was. */
    public void change(Long articleId, Optional<Instant> dateline, Long sectionId) {
        dateline.ifPresent(date -> changeDateline(articleId, date));
        moveToSection(articleId, sectionId);
    }

    /**
     * The date, the section and the application's article fields, all or none.
     *
     * @param submitted the fields' values as entered, by key; a field left out or empty loses its value
     * @param locale the editor's, to name a refused field
     * @throws FieldRefusedException when a field's value cannot be stored; nothing changed
     */
    public void change(
            Long articleId, Optional<Instant> dateline, Long sectionId, Map<String, String> submitted, Locale locale) {
        Map<String, String> checked = fields.checked(submitted, locale);
        change(articleId, dateline, sectionId);
        changeFields(articleId, checked);
    }

    private void changeFields(Long articleId, Map<String, String> checked) {
        VersionView original = original(articleId);
        if (!checked.equals(fields.values(articleId))) {
            editing.changeFields(articleId, checked);
            audit.record(
                    original,
                    Transition.FIELDS_CHANGED,
                    original.state(),
                    permissions.actor(),
                    AuditRecord.fieldsNote(checked));
        }
    }

    /**
     * Dates the article: any past date (migrated or late-entered news) from {@link Datelines#EARLIEST}
     * on. A date in the future would show news as written before it happened; publishing later is what scheduling is
     * for.
     */
    public void changeDateline(Long articleId, Instant dateline) {
        VersionView original = original(articleId);
        if (dateline.isAfter(clock.instant())) {
            throw new WorkflowException("workflow.error.datelineFuture");
        }
        if (dateline.isBefore(Datelines.EARLIEST)) {
            throw new WorkflowException("workflow.error.datelineTooEarly");
        }
        if (!dateline.equals(original.dateline())) {
            editing.changeDateline(articleId, dateline);
            audit.record(
                    original, Transition.DATELINE_CHANGED, original.state(), permissions.actor(), dateline.toString());
        }
    }

    public void moveToSection(Long articleId, Long sectionId) {
        VersionView original = original(articleId);
        if (!content.sectionExists(sectionId)) {
            throw new NoSuchSectionException(sectionId);
        }
        if (!sectionId.equals(original.sectionId())) {
            editing.moveArticle(articleId, sectionId);
            audit.record(original, Transition.SECTION_CHANGED, original.state(), permissions.actor(), null);
        }
    }

    private VersionView original(Long articleId) {
        if (!permissions.canManageArticles()) {
            throw new AccessDeniedException("May not manage articles");
        }
        VersionView any = content.versionsOf(articleId).stream()
                .findFirst()
                .orElseThrow(() -> new WorkflowException("workflow.error.noSuchVersion"));
        return content.findVersion(articleId, any.sourceLanguage()).orElse(any);
    }
}
