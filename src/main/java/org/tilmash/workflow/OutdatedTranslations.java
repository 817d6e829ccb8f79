package org.tilmash.workflow;

import org.springframework.stereotype.Component;
import org.tilmash.content.ContentEditing;
import org.tilmash.content.ContentService;
import org.tilmash.content.VersionView;

/**
 * When a version is published, every translation pinned to an older revision of it is outdated, and when the
 * article's original is published, so is every translation resting on an older original through another language.
 * The workflow calls it inside the publishing transaction, so nobody ever sees the new source without the flag.
 */
@Component
class OutdatedTranslations {

    private final ContentService content;
    private final ContentEditing editing;

    OutdatedTranslations(ContentService content, ContentEditing editing) {
        this.content = content;
        this.editing = editing;
    }

    void sourcePublished(VersionView published) {
        Long revisionId = published.working().id();
        for (VersionView translation : content.translationsOf(published.id())) {
            if (!translation.sourceRevisionId().equals(revisionId)) {
                outdate(translation);
            }
        }
        if (published.original()) {
            // Translations made through another language rest on the original too.
            content.translationsBehind(published.articleId(), revisionId).forEach(this::outdate);
        }
    }

    private void outdate(VersionView translation) {
        if (!translation.outdated()) {
            editing.markOutdated(translation.id(), true);
        }
    }
}
