package org.tilmash.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tilmash.TilmashDatabase;
import org.tilmash.content.ContentService;
import org.tilmash.content.NoSuchSectionException;
import org.tilmash.content.VersionView;
import org.tilmash.i18n.ExplainedException;

/**
 * One action on the same language of many articles. A rehearsal runs each item exactly as the real run will —
 * permissions, the four-eyes rule, guards, states — and rolls it back, so the summary shown before anything changes
 * cannot disagree with what then happens. Each item of the real run is its own transaction with its own audit entry:
 * one refusal stops nothing else.
 */
@Service
public class BulkActions {

    public enum Action {
        SUBMIT,
        APPROVE,
        UNPUBLISH,
        MOVE
    }

    /**
     * What became, or would become, of one article.
     *
     * @param refusal the message key saying why not; null when it went through
     */
    public record Outcome(Long articleId, @Nullable String refusal, Map<String, Object> arguments) {

        public boolean done() {
            return refusal == null;
        }
    }

    private final Workflow workflow;
    private final ArticleSettings settings;
    private final ContentService content;
    private final TransactionTemplate transaction;

    BulkActions(Workflow workflow, ArticleSettings settings, ContentService content, TilmashDatabase database) {
        this.workflow = workflow;
        this.settings = settings;
        this.content = content;
        this.transaction = database.transaction();
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What {@link #run} would do, item by item, with nothing changed. */
    public List<Outcome> rehearse(List<Long> articleIds, String language, Action action, @Nullable Long sectionId) {
        return articleIds.stream()
                .distinct()
                .map(id -> attempt(id, language, action, sectionId, false))
                .toList();
    }

    public List<Outcome> run(List<Long> articleIds, String language, Action action, @Nullable Long sectionId) {
        return articleIds.stream()
                .distinct()
                .map(id -> attempt(id, language, action, sectionId, true))
                .toList();
    }

    private Outcome attempt(Long articleId, String language, Action action, @Nullable Long sectionId, boolean keep) {
        try {
            transaction.executeWithoutResult(status -> {
                perform(articleId, language, action, sectionId);
                if (!keep) {
                    status.setRollbackOnly();
                }
            });
            return new Outcome(articleId, null, Map.of());
        } catch (ExplainedException refused) {
            return new Outcome(articleId, refused.messageKey(), refused.arguments());
        } catch (AccessDeniedException notAllowed) {
            return new Outcome(articleId, "bulk.refused.permission", Map.of());
        } catch (NoSuchSectionException gone) {
            return new Outcome(articleId, "article.error.section", Map.of());
        }
    }

    private void perform(Long articleId, String language, Action action, @Nullable Long sectionId) {
        switch (action) {
            case SUBMIT -> workflow.submit(version(articleId, language));
            case APPROVE -> workflow.approve(version(articleId, language), Optional.empty());
            case UNPUBLISH -> workflow.unpublish(version(articleId, language));
            case MOVE ->
                settings.moveToSection(
                        articleId, Optional.ofNullable(sectionId).orElseThrow(() -> new NoSuchSectionException(null)));
        }
    }

    private Long version(Long articleId, String language) {
        return content.findVersion(articleId, language)
                .map(VersionView::id)
                .orElseThrow(() -> new WorkflowException("bulk.refused.noVersion"));
    }
}
