package org.tilmash.accounts;

import java.time.Instant;

/** One line of the security log as administrators read it; {@code kind} names the message that describes it. */
public record SecurityLogEntry(Long id, Instant occurredAt, String kind, String actor, String subject, String detail) {

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
