package org.tilmash.workflow;

import java.time.Instant;

/**
 * One message in a user's inbox: what happened ({@code messageKey}) to which language version, by whom. The back
 * office builds the link from the article id and language, so stored messages survive URL changes.
 */
public record InboxItem(
        Long id,
        String messageKey,
        String title,
        Long articleId,
        String language,
        String actor,
        String comment,
        Instant createdAt,
        boolean read) {

    static InboxItem of(Notification notification) {
        return new InboxItem(
                notification.getId(),
                notification.getMessageKey(),
                notification.getTitle(),
                notification.getArticleId(),
                notification.getLanguage(),
                notification.getActor(),
                notification.getComment(),
                notification.getCreatedAt(),
                notification.isRead());
    }
}
