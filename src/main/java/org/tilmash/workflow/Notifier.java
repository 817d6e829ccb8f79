package org.tilmash.workflow;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.Role;

/**
 * Tells people what concerns them: reviewers of a language that a version awaits them, authors that changes were
 * requested or that their version was published. The inbox entry is written with the transition; mail, when SMTP is
 * configured, goes out only after the transition committed.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final Inbox inbox;
    private final AccountService accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;

    Notifier(Inbox inbox, AccountService accounts, ObjectProvider<JavaMailSender> mail, MessageSource messages) {
        this.inbox = inbox;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
    }

    @EventListener
    void submitted(WorkflowEvents.VersionSubmitted event) {
        Notification.Message message = message("notification.submitted", event, event.title(), null);
        recipients(event).forEach(recipient -> inbox.deliver(message, recipient.username()));
    }

    @EventListener
    void changesRequested(WorkflowEvents.ChangesRequested event) {
        inbox.deliver(message("notification.changesRequested", event, event.title(), event.comment()), event.author());
    }

    @EventListener
    void published(WorkflowEvents.VersionPublished event) {
        if (!event.author().equals(event.actor())) {
            inbox.deliver(message("notification.published", event, event.title(), null), event.author());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void mailSubmitted(WorkflowEvents.VersionSubmitted event) {
        recipients(event)
                .forEach(contact -> send(contact, message("notification.submitted", event, event.title(), null)));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void mailChangesRequested(WorkflowEvents.ChangesRequested event) {
        accounts.contact(event.author())
                .ifPresent(contact ->
                        send(contact, message("notification.changesRequested", event, event.title(), event.comment())));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void mailPublished(WorkflowEvents.VersionPublished event) {
        if (!event.author().equals(event.actor())) {
            accounts.contact(event.author())
                    .ifPresent(contact -> send(contact, message("notification.published", event, event.title(), null)));
        }
    }

    private List<AccountService.Contact> recipients(WorkflowEvents.VersionSubmitted event) {
        return accounts.holders(Role.REVIEWER, event.language()).stream()
                .filter(contact -> !contact.username().equals(event.actor()))
                .toList();
    }

    private static Notification.Message message(
            String key, WorkflowEvents.VersionEvent event, String title, String comment) {
        return new Notification.Message(key, title, event.articleId(), event.language(), event.actor(), comment);
    }

    private void send(AccountService.Contact contact, Notification.Message message) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || contact.email() == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(Objects.requireNonNullElse(contact.uiLanguage(), "en"));
        Map<String, Object> arguments =
                Map.of("title", message.title(), "language", message.language(), "actor", message.actor());
        SimpleMailMessage mailMessage = new SimpleMailMessage();
        mailMessage.setTo(contact.email());
        mailMessage.setSubject(messages.getMessage(message.key(), new Object[] {arguments}, locale));
        mailMessage.setText(messages.getMessage(message.key(), new Object[] {arguments}, locale)
                + (message.comment() == null ? "" : "\n\n" + message.comment())
                + "\n\n/admin/articles/" + message.articleId() + "/" + message.language());
        try {
            sender.send(mailMessage);
        } catch (MailException e) {
            log.warn("Could not mail a notification to {}: {}", contact.username(), e.getMessage());
        }
    }
}
