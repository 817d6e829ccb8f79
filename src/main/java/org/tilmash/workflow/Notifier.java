package org.tilmash.workflow;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.tilmash.TilmashEventListener;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.People;
import org.tilmash.accounts.Role;
import org.tilmash.i18n.TilmashMessages;

/**
 * Tells people what concerns them: reviewers of a language that a version awaits them, authors that changes were
 * requested or that their version was published. Both the inbox entry and the mail are written only after the
 * transition committed, each by its own listener in its own transaction; Spring Modulith's event publication
 * registry keeps every undelivered event in the database, so a crash between commit and delivery (or an SMTP server
 * that is down) loses nothing: incomplete publications are resubmitted when the application restarts.
 */
@Component
class Notifier {

    private final Inbox inbox;
    private final AccountService accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final TilmashMessages messages;
    private final People people;

    Notifier(
            Inbox inbox,
            AccountService accounts,
            ObjectProvider<JavaMailSender> mail,
            TilmashMessages messages,
            People people) {
        this.inbox = inbox;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.people = people;
    }

    @TilmashEventListener
    void submitted(WorkflowEvents.VersionSubmitted event) {
        Notification.Message message = message("notification.submitted", event, event.title(), null);
        recipients(event).forEach(recipient -> inbox.deliver(message, recipient.username()));
    }

    @TilmashEventListener
    void changesRequested(WorkflowEvents.ChangesRequested event) {
        inbox.deliver(message("notification.changesRequested", event, event.title(), event.comment()), event.author());
    }

    @TilmashEventListener
    void published(WorkflowEvents.VersionPublished event) {
        if (!event.author().equals(event.actor())) {
            inbox.deliver(message("notification.published", event, event.title(), null), event.author());
        }
    }

    @TilmashEventListener
    void mailSubmitted(WorkflowEvents.VersionSubmitted event) {
        recipients(event)
                .forEach(contact -> send(contact, message("notification.submitted", event, event.title(), null)));
    }

    @TilmashEventListener
    void mailChangesRequested(WorkflowEvents.ChangesRequested event) {
        accounts.contact(event.author())
                .ifPresent(contact ->
                        send(contact, message("notification.changesRequested", event, event.title(), event.comment())));
    }

    @TilmashEventListener
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
                Map.of("title", message.title(), "language", message.language(), "actor", people.name(message.actor()));
        SimpleMailMessage mailMessage = new SimpleMailMessage();
        mailMessage.setTo(contact.email());
        mailMessage.setSubject(messages.getMessage(message.key(), new Object[] {arguments}, locale));
        mailMessage.setText(messages.getMessage(message.key(), new Object[] {arguments}, locale)
                + (message.comment() == null ? "" : "\n\n" + message.comment())
                + "\n\n/admin/articles/" + message.articleId() + "/" + message.language());
        // A failure propagates: the publication stays incomplete and is resubmitted.
        sender.send(mailMessage);
    }
}
