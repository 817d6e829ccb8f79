package org.tilmash.workflow;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tilmash.content.VersionState;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One entry of the audit trail: who did what to which language version, when, from which state to which.
 *
 * @param comment what the actor wrote, or what the change set; for {@link #chosenDate() a date} an ISO-8601 instant,
 *     kept machine-readable, which pages format for their reader
 */
public record AuditRecord(
        Long id,
        Long articleId,
        Long versionId,
        String language,
        Transition action,
        VersionState fromState,
        VersionState toState,
        Integer revisionNumber,
        String actor,
        String comment,
        Instant createdAt) {

    private static final JsonMapper JSON = JsonMapper.shared();

    /** The changes whose comment is the date and time the actor chose. */
    private static final Set<Transition> DATED = EnumSet.of(Transition.DATELINE_CHANGED, Transition.SCHEDULED);

    static AuditRecord of(AuditEntry entry) {
        return new AuditRecord(
                entry.getId(),
                entry.getArticleId(),
                entry.getVersionId(),
                entry.getLanguage(),
                entry.getAction(),
                entry.getFromState(),
                entry.getToState(),
                entry.getRevisionNumber(),
                entry.getActor(),
                entry.getComment(),
                entry.getCreatedAt());
    }

    /**
     * The date the actor chose, for pages to write as they write every date: the article's new date, or when a
     * scheduled version goes live; {@code null} for any other entry, a schedule without a time (it waits for its
     * release), and a comment that is not an instant (the trail is never rewritten, so a page shows such an entry as
     * it was written rather than fail).
     */
    public Instant chosenDate() {
        if (comment == null || !DATED.contains(action)) {
            return null;
        }
        try {
            return Instant.parse(comment);
        } catch (DateTimeParseException notAnInstant) {
            return null;
        }
    }

    /** How the article fields' new values are kept as a {@link Transition#FIELDS_CHANGED} comment: as JSON. */
    static String fieldsNote(Map<String, String> values) {
        return JSON.writeValueAsString(new TreeMap<>(values));
    }

    /**
     * The article fields' values set by a {@link Transition#FIELDS_CHANGED} entry, by field key, for pages to label and
     * format; null for other entries, and for older entries that kept them in a form that cannot be read back.
     */
    public Map<String, String> chosenFields() {
        if (comment == null || action != Transition.FIELDS_CHANGED) {
            return null;
        }
        try {
            return JSON.readValue(comment, new TypeReference<Map<String, String>>() {});
        } catch (JacksonException notJson) {
            return null;
        }
    }
}
