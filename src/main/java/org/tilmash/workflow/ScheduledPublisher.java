package org.tilmash.workflow;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tilmash.TilmashDatabase;

/**
 * Publishes what is due: right after start-up (so a restart just before the hour loses nothing) and then every
 * {@code tilmash.workflow.scheduler-interval}. Each publication is claimed and published in one transaction.
 */
@Component
class ScheduledPublisher {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);

    private final Scheduling scheduling;
    private final Workflow workflow;
    private final TransactionTemplate transaction;

    ScheduledPublisher(Scheduling scheduling, Workflow workflow, TilmashDatabase database) {
        this.scheduling = scheduling;
        this.workflow = workflow;
        this.transaction = database.transaction();
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        publishDue();
    }

    @Scheduled(
            fixedDelayString = "${tilmash.workflow.scheduler-interval:PT15S}",
            initialDelayString = "${tilmash.workflow.scheduler-interval:PT15S}")
    void publishDue() {
        for (Scheduling.Due due : scheduling.dueSingles()) {
            transaction.executeWithoutResult(status -> {
                if (scheduling.claim(due.id())) {
                    workflow.publishApproved(due.versionId(), due.approvedBy());
                    log.info("Published scheduled version {}", due.versionId());
                }
            });
        }
        for (Long release : scheduling.completeReleases(Optional.empty())) {
            transaction.executeWithoutResult(status -> scheduling
                    .claimRelease(release)
                    .forEach(member -> workflow.publishApproved(member.versionId(), member.approvedBy())));
        }
    }
}
