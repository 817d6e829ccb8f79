package org.tilmash.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    long countByKindAndSubjectAndOccurredAtAfter(SecurityEvent.Kind kind, String subject, Instant after);

    long countByKindAndAddressAndOccurredAtAfter(SecurityEvent.Kind kind, String address, Instant after);

    /** Failed sign-ins of an account since {@code after}: from {@code address}, or from anywhere when it is null. */
    @Query("select count(e) from SecurityEvent e where e.kind = org.tilmash.accounts.SecurityEvent.Kind.LOGIN_FAILED"
            + " and e.subject = :subject and e.occurredAt > :after and (:address is null or e.address = :address)")
    long countFailures(String subject, String address, Instant after);

    @Query(
            "select max(e.occurredAt) from SecurityEvent e where e.kind = org.tilmash.accounts.SecurityEvent.Kind.LOGIN_FAILED"
                    + " and e.subject = :subject and (:address is null or e.address = :address)")
    Optional<Instant> latestFailure(String subject, String address);

    @Query("select max(e.occurredAt) from SecurityEvent e where e.kind = :kind and e.subject = :subject")
    Optional<Instant> latest(SecurityEvent.Kind kind, String subject);

    List<SecurityEvent> findByOrderByOccurredAtDescIdDesc(Pageable pageable);

    Page<SecurityEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);
}
