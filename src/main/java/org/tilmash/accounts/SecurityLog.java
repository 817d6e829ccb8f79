package org.tilmash.accounts;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.tilmash.TilmashTransactional;

/** Writes and reads the security log that administrators see. */
@Service
public class SecurityLog {

    private final SecurityEventRepository events;
    private final Clock clock;

    SecurityLog(SecurityEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Joins the caller's transaction, if any, so an event about a change is written or rolled back with it. */
    void record(SecurityEvent.Kind kind, String actor, String subject, String detail) {
        events.save(new SecurityEvent(clock.instant(), kind, actor, subject, detail));
    }

    /** A sign-in attempt: the attempted account name and the client address it came from. */
    void recordAttempt(SecurityEvent.Kind kind, String username, String address) {
        events.save(new SecurityEvent(clock.instant(), kind, username, address));
    }

    /** One page of the log, newest events first; {@code page} counts from 0. */
    @TilmashTransactional(readOnly = true)
    public Page<SecurityLogEntry> page(int page, int size) {
        return events.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(page, size))
                .map(SecurityLogEntry::of);
    }

    /** The newest events first. */
    @TilmashTransactional(readOnly = true)
    public List<SecurityLogEntry> latest(int limit) {
        return events.findByOrderByOccurredAtDescIdDesc(PageRequest.of(0, limit)).stream()
                .map(SecurityLogEntry::of)
                .toList();
    }
}
