package org.tilmash.accounts;

import java.time.Instant;
import java.util.List;

/** One line of the security log as administrators read it; {@code kind} names the message that describes it. */
public record SecurityLogEntry(Long id, Instant occurredAt, String kind, String actor, String subject, String detail) {

    private static final String CHANGED = " → ";

    /** For a created account, its grants; for changed roles, the grants after the change; otherwise none. */
    public List<Grant> grants() {
        if (!describesGrants()) {
            return List.of();
        }
        return Grant.parse(
                kind.equals("ROLES_CHANGED") ? detail.substring(detail.indexOf(CHANGED) + CHANGED.length()) : detail);
    }

    /** For changed roles, the grants before the change; otherwise none. */
    public List<Grant> previousGrants() {
        return describesGrants() && kind.equals("ROLES_CHANGED")
                ? Grant.parse(detail.substring(0, detail.indexOf(CHANGED)))
                : List.of();
    }

    /** Whether the detail is grants the back office names in the reader's language. */
    public boolean describesGrants() {
        return kind.equals("ACCOUNT_CREATED") || kind.equals("ROLES_CHANGED") && detail.contains(CHANGED);
    }

    /** A sign-in attempt with a name that matches no account, which the log does not keep. */
    public boolean unknownAccount() {
        return (kind.equals("LOGIN_FAILED") || kind.equals("LOGIN_THROTTLED"))
                && subject.equals(SecurityEvent.UNKNOWN_ACCOUNT);
    }

    static SecurityLogEntry of(SecurityEvent event) {
        return new SecurityLogEntry(
                event.getId(),
                event.getOccurredAt(),
                event.getKind().name(),
                event.getActor(),
                event.getSubject(),
                event.getDetail());
    }
}
