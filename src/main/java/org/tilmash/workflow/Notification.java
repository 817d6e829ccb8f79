package org.tilmash.workflow;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message in a user's inbox: what happened to which language version, and where to act on it. */
@Entity
@Table(name = "tilmash_notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;

    private String messageKey;

    private String title;

    private String language;

    private Long articleId;

    private String actor;

    private String comment;

    private Instant createdAt;

    private Instant readAt;

    protected Notification() {}

    Notification(Message message, String recipient, Instant createdAt) {
        this.recipient = recipient;
        this.messageKey = message.key();
        this.title = message.title();
        this.language = message.language();
        this.articleId = message.articleId();
        this.actor = message.actor();
        this.comment = message.comment();
        this.createdAt = createdAt;
    }

    /** The same news again: what it says now, by whom and when. */
    void renew(Message message, Instant at) {
        this.title = message.title();
        this.actor = message.actor();
        this.comment = message.comment();
        this.createdAt = at;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getTitle() {
        return title;
    }

    public String getLanguage() {
        return language;
    }

    public Long getArticleId() {
        return articleId;
    }

    public String getActor() {
        return actor;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** What a notification says, before it is addressed to anyone. */
    record Message(String key, String title, Long articleId, String language, String actor, String comment) {}
}
