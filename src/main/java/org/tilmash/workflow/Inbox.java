package org.tilmash.workflow;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.tilmash.TilmashTransactional;

/** The in-app inbox of each user. */
@Service
@TilmashTransactional
public class Inbox {

    private static final int SHOWN = 50;

    private final NotificationRepository notifications;
    private final Clock clock;

    Inbox(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Puts the message in the recipient's inbox. The same news about the same version, still unread, is brought up to
     * date and to the top instead of repeated: a version resubmitted after an edit asks its reviewers once.
     */
    void deliver(Notification.Message message, String recipient) {
        notifications
                .findFirstByRecipientAndMessageKeyAndArticleIdAndLanguageAndReadAtIsNull(
                        recipient, message.key(), message.articleId(), message.language())
                .ifPresentOrElse(
                        unread -> unread.renew(message, clock.instant()),
                        () -> notifications.save(new Notification(message, recipient, clock.instant())));
    }

    /** The newest notifications of a user. */
    @TilmashTransactional(readOnly = true)
    public List<InboxItem> of(String username) {
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(username, PageRequest.of(0, SHOWN)).stream()
                .map(InboxItem::of)
                .toList();
    }

    @TilmashTransactional(readOnly = true)
    public long unread(String username) {
        return notifications.countByRecipientAndReadAtIsNull(username);
    }

    /** Marks one of the user's own notifications read; others' are left alone. */
    public void markRead(Long id, String username) {
        notifications
                .findById(id)
                .filter(notification -> notification.getRecipient().equals(username))
                .ifPresent(notification -> notification.markRead(clock.instant()));
    }
}

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable pageable);

    long countByRecipientAndReadAtIsNull(String recipient);

    Optional<Notification> findFirstByRecipientAndMessageKeyAndArticleIdAndLanguageAndReadAtIsNull(
            String recipient, String messageKey, Long articleId, String language);
}
