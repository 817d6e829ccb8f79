package org.tilmash.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the security log: what happened to which account, who did it, and when. Never a secret. */
@Entity
@Table(name = "tilmash_security_event")
@Immutable
class SecurityEvent {

    /** What happened; the back office shows each kind in the reader's language. */
    public enum Kind {
        LOGIN,
        LOGIN_FAILED,
        LOGIN_THROTTLED,
        ACCOUNT_CREATED,
        ROLES_CHANGED,
        ACCOUNT_DISABLED,
        PASSWORD_CHANGED,
        LOGIN_UNLOCKED,
        ACCOUNT_ENABLED,
        ONE_TIME_PASSWORD_ISSUED
    }

    /** The name recorded for a sign-in attempt with a name that matches no account: what was typed is not kept. */
    static final String UNKNOWN_ACCOUNT = "";

    /** Longest account name stored; attempted names in failed sign-ins may be anything. */
    static final int MAX_NAME = 100;

    private static final int MAX_DETAIL = 1000;

    private static final int MAX_ADDRESS = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String actor;

    private String subject;

    private String detail;

    /** The client address of a sign-in attempt (as the trusted proxy reports it); null for other events. */
    private String address;

    protected SecurityEvent() {}

    SecurityEvent(Instant occurredAt, Kind kind, String actor, String subject, String detail) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.actor = truncate(actor, MAX_NAME);
        this.subject = truncate(subject, MAX_NAME);
        this.detail = truncate(detail, MAX_DETAIL);
    }

    SecurityEvent(Instant occurredAt, Kind kind, String subject, String address) {
        // The address is also the line's detail, so administrators see where attempts came from.
        this(occurredAt, kind, subject, subject, address == null ? "" : address);
        this.address = address == null ? null : truncate(address, MAX_ADDRESS);
    }

    static String truncate(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Kind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getAddress() {
        return address;
    }

    public String getDetail() {
        return detail;
    }
}
