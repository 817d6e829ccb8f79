package org.tilmash.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    long countByKindAndSubjectAndOccurredAtAfter(SecurityEvent.Kind kind, String subject, Instant after);

    @Query("select max(e.occurredAt) from SecurityEvent e where e.kind = :kind and e.subject = :subject")
    Optional<Instant> latest(SecurityEvent.Kind kind, String subject);

    List<SecurityEvent> findByOrderByOccurredAtDescIdDesc(Pageable pageable);
}
