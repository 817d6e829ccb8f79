package org.tilmash.translation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tilmash.content.ArticleVersion;
import org.tilmash.content.ContentService;
import org.tilmash.workflow.WorkflowEvents;

/**
 * When a version is published, every translation pinned to an older revision of it is outdated, and when the
 * article's original is published, so is every translation resting on an older original through another language —
 * in the same transaction, so nobody ever sees the new source without the flag.
 */
@Component
class OutdatedDetector {

    private final ContentService content;

    OutdatedDetector(ContentService content) {
        this.content = content;
    }

    @EventListener
    void sourcePublished(WorkflowEvents.VersionPublished published) {
        for (ArticleVersion translation : content.translationsOf(published.versionId())) {
            if (!translation.getSourceRevision().getId().equals(published.revisionId())) {
                outdate(translation);
            }
        }
        ArticleVersion version = content.version(published.versionId()).orElseThrow();
        if (version.getLanguage().equals(version.getArticle().getSourceLanguage())) {
            // Translations made through another language rest on the original too.
            content.translationsBehind(published.articleId(), published.revisionId())
                    .forEach(this::outdate);
        }
    }

    private void outdate(ArticleVersion translation) {
        if (!translation.isOutdated()) {
            content.markOutdated(translation.getId(), true);
        }
    }
}
