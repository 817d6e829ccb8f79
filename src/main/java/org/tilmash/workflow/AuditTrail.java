package org.tilmash.workflow;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Service;
import org.tilmash.TilmashTransactional;
import org.tilmash.content.VersionState;
import org.tilmash.content.VersionView;

/** Writes and reads the audit trail. */
@Service
@TilmashTransactional
public class AuditTrail {

    private final AuditEntryRepository entries;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AuditTrail(AuditEntryRepository entries, Clock clock, ApplicationEventPublisher events) {
        this.entries = entries;
        this.clock = clock;
        this.events = events;
    }

    /** Records a change; {@code after} is the version as the change left it. */
    void record(VersionView after, Transition action, VersionState from, String actor, String comment) {
        entries.save(new AuditEntry(after, action, from, actor, comment, clock.instant()));
        events.publishEvent(new WorkflowEvents.VersionChanged(
                after.articleId(), after.id(), after.language(), actor, action.name()));
    }

    /** The history of an article, oldest first. */
    @TilmashTransactional(readOnly = true)
    public List<AuditRecord> ofArticle(Long articleId) {
        return entries.findByArticleIdOrderByCreatedAtAscIdAsc(articleId).stream()
                .map(AuditRecord::of)
                .toList();
    }

    /** All entries matching the filters (null matches anything), newest first. */
    @TilmashTransactional(readOnly = true)
    public Page<AuditRecord> search(String actor, String language, Transition action, int page, int size) {
        return entries.search(blankToNull(actor), blankToNull(language), action, PageRequest.of(page, size))
                .map(AuditRecord::of);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByArticleIdOrderByCreatedAtAscIdAsc(Long articleId);

    @Query("select e from AuditEntry e where (:actor is null or e.actor = :actor)"
            + " and (:language is null or e.language = :language) and (:action is null or e.action = :action)"
            + " order by e.createdAt desc, e.id desc")
    Page<AuditEntry> search(String actor, String language, Transition action, Pageable pageable);
}
