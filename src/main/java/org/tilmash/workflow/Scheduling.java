package org.tilmash.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Component;
import org.tilmash.TilmashTransactional;
import org.tilmash.content.VersionView;

/**
 * Approved versions that wait: for a publication time, or for the other members of their release. Rows are claimed
 * by a conditional update that exactly one transaction wins, so two instances sharing a database never publish
 * twice, and a row claimed by a transaction that fails is simply claimed again later. What is due is judged by the
 * database's clock ({@code current_timestamp}), so instances whose clocks disagree still publish once and on time.
 * These tables belong to the workflow alone: no query joins another module's tables.
 */
@Component
@TilmashTransactional
class Scheduling {

    private final ScheduledPublications publications;
    private final Releases releases;
    private final Clock clock;

    Scheduling(ScheduledPublications publications, Releases releases, Clock clock) {
        this.publications = publications;
        this.releases = releases;
        this.clock = clock;
    }

    /**
     * Records an approval that has to wait.
     *
     * @return false if nothing makes it wait: it is published now
     */
    boolean schedule(VersionView version, String approvedBy, Instant publishAt) {
        Optional<Long> release = openRelease(version.articleId(), version.language());
        if (release.isEmpty() && publishAt == null) {
            return false;
        }
        publications.save(new ScheduledPublication(
                version.id(),
                version.articleId(),
                version.language(),
                version.working().id(),
                release.orElse(null),
                publishAt,
                approvedBy,
                clock.instant()));
        return true;
    }

    /** Withdraws a waiting approval, e.g. because the text changed. */
    void cancel(Long versionId) {
        publications.cancel(versionId, clock.instant());
    }

    Optional<Long> openRelease(Long articleId, String language) {
        return releases.open(articleId, language).stream().findFirst();
    }

    /** Single approvals whose time has come, by the database's clock. */
    @TilmashTransactional(readOnly = true)
    List<Due> dueSingles() {
        return publications.due().stream().map(Due::of).toList();
    }

    /** Claims one due row; only one caller ever gets true. */
    boolean claim(long scheduledId) {
        return publications.claim(scheduledId, clock.instant()) == 1;
    }

    /** Open releases whose members are all approved and whose time, if any, has come. */
    @TilmashTransactional(readOnly = true)
    List<Long> completeReleases(Optional<Long> articleId) {
        return releases.complete(articleId.orElse(null));
    }

    /** Claims a complete release and its members; empty if another caller claimed it first. */
    List<Due> claimRelease(long releaseId) {
        if (releases.claim(releaseId) != 1) {
            return List.of();
        }
        List<Due> members =
                publications.pendingIn(releaseId).stream().map(Due::of).toList();
        members.forEach(member -> claim(member.id()));
        return members;
    }

    long openRelease(Long articleId, List<String> languages, Instant publishAt, String createdBy) {
        return releases.save(new ReleaseGroup(articleId, languages, publishAt, createdBy, clock.instant()))
                .getId();
    }

    /** What the version waits for: its pending approval's time, and the open release it belongs to. */
    @TilmashTransactional(readOnly = true)
    PublishingPlan plan(VersionView version) {
        Instant publishAt = publications
                .findFirstByVersionIdAndStatus(version.id(), ScheduledPublication.Status.PENDING)
                .map(ScheduledPublication::getPublishAt)
                .orElse(null);
        PublishingPlan.Release release = openRelease(version.articleId(), version.language())
                .flatMap(releases::findById)
                .map(group -> new PublishingPlan.Release(
                        group.getLanguages().stream().sorted().toList(), group.getPublishAt()))
                .orElse(null);
        return new PublishingPlan(publishAt, release);
    }

    /** A waiting approval: its row, the version and who approved it. */
    record Due(long id, long versionId, String approvedBy) {

        static Due of(ScheduledPublication publication) {
            return new Due(publication.getId(), publication.getVersionId(), publication.getApprovedBy());
        }
    }
}

interface ScheduledPublications extends JpaRepository<ScheduledPublication, Long> {

    @Modifying
    @Query("update ScheduledPublication s set s.status = CANCELLED,"
            + " s.doneAt = :at where s.versionId = :versionId and s.status = PENDING")
    int cancel(Long versionId, Instant at);

    @Query("select s from ScheduledPublication s where s.status = PENDING"
            + " and s.releaseId is null and s.publishAt <= current_timestamp order by s.publishAt, s.id")
    List<ScheduledPublication> due();

    @Modifying
    @Query("update ScheduledPublication s set s.status = DONE,"
            + " s.doneAt = :at where s.id = :id and s.status = PENDING")
    int claim(Long id, Instant at);

    @Query("select s from ScheduledPublication s where s.releaseId = :releaseId and s.status = PENDING")
    List<ScheduledPublication> pendingIn(Long releaseId);

    Optional<ScheduledPublication> findFirstByVersionIdAndStatus(Long versionId, ScheduledPublication.Status status);
}

interface Releases extends JpaRepository<ReleaseGroup, Long> {

    @Query("select r.id from ReleaseGroup r join r.languages member where r.articleId = :articleId"
            + " and member = :language and r.status = OPEN")
    List<Long> open(Long articleId, String language);

    /** Open releases, of one article or of all when {@code articleId} is null, with every member approved. */
    @Query("select r.id from ReleaseGroup r where r.status = OPEN"
            + " and (:articleId is null or r.articleId = :articleId)"
            + " and (r.publishAt is null or r.publishAt <= current_timestamp)"
            + " and not exists (select member from ReleaseGroup g join g.languages member where g = r"
            + " and not exists (select s from ScheduledPublication s where s.releaseId = r.id"
            + " and s.status = PENDING and s.language = member))")
    List<Long> complete(Long articleId);

    @Modifying
    @Query("update ReleaseGroup r set r.status = PUBLISHED" + " where r.id = :id and r.status = OPEN")
    int claim(Long id);
}
