package org.tilmash.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tilmash.content.VersionView;

/**
 * Approved versions that wait: for a publication time, or for the other members of their release. Rows are claimed
 * by a conditional update that exactly one transaction wins, so two instances sharing a database never publish
 * twice, and a row claimed by a transaction that fails is simply claimed again later. What is due is judged by the
 * database's clock ({@code current_timestamp}), so instances whose clocks disagree still publish once and on time.
 * These tables belong to the workflow alone: no query joins another module's tables.
 */
@Component
@Transactional
class Scheduling {

    /** Where a waiting approval or a release stands. */
    enum Status {
        PENDING,
        DONE,
        CANCELLED,
        OPEN,
        PUBLISHED
    }

    private static final String PENDING = Status.PENDING.name();
    private static final String OPEN = Status.OPEN.name();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Scheduling(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
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
        jdbc.update(
                "insert into scheduled_publication (version_id, article_id, language, revision_id, release_id,"
                        + " publish_at, approved_by, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                version.id(),
                version.articleId(),
                version.language(),
                version.working().id(),
                release.orElse(null),
                publishAt == null ? null : Timestamp.from(publishAt),
                approvedBy,
                PENDING,
                Timestamp.from(clock.instant()));
        return true;
    }

    /** Withdraws a waiting approval, e.g. because the text changed. */
    void cancel(Long versionId) {
        jdbc.update(
                "update scheduled_publication set status = ?, done_at = ? where version_id = ? and status = ?",
                Status.CANCELLED.name(),
                Timestamp.from(clock.instant()),
                versionId,
                PENDING);
    }

    Optional<Long> openRelease(Long articleId, String language) {
        return jdbc
                .queryForList(
                        "select r.id from release_group r join release_member m on m.release_id = r.id"
                                + " where r.article_id = ? and m.language = ? and r.status = ?",
                        Long.class,
                        articleId,
                        language,
                        OPEN)
                .stream()
                .findFirst();
    }

    /** Single approvals whose time has come: scheduled row id and version id. */
    @Transactional(readOnly = true)
    List<Due> dueSingles() {
        return jdbc.query(
                "select id, version_id, approved_by from scheduled_publication where status = ? and release_id is null"
                        + " and publish_at <= current_timestamp order by publish_at, id",
                (rs, row) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3)),
                PENDING);
    }

    /** Claims one due row; only one caller ever gets true. */
    boolean claim(long scheduledId) {
        return jdbc.update(
                        "update scheduled_publication set status = ?, done_at = ? where id = ? and status = ?",
                        Status.DONE.name(),
                        Timestamp.from(clock.instant()),
                        scheduledId,
                        PENDING)
                == 1;
    }

    /** Open releases whose members are all approved and whose time, if any, has come. */
    @Transactional(readOnly = true)
    List<Long> completeReleases(Optional<Long> articleId) {
        String sql = "select r.id from release_group r where r.status = ?"
                + " and (r.publish_at is null or r.publish_at <= current_timestamp)"
                + " and not exists (select 1 from release_member m where m.release_id = r.id and not exists"
                + " (select 1 from scheduled_publication s where s.release_id = r.id and s.status = ?"
                + " and s.article_id = r.article_id and s.language = m.language))";
        return articleId
                .map(id -> jdbc.queryForList(sql + " and r.article_id = ?", Long.class, OPEN, PENDING, id))
                .orElseGet(() -> jdbc.queryForList(sql, Long.class, OPEN, PENDING));
    }

    /** Claims a complete release and its members; empty if another caller claimed it first. */
    List<Due> claimRelease(long releaseId) {
        int won = jdbc.update(
                "update release_group set status = ? where id = ? and status = ?",
                Status.PUBLISHED.name(),
                releaseId,
                OPEN);
        if (won != 1) {
            return List.of();
        }
        List<Due> members = jdbc.query(
                "select id, version_id, approved_by from scheduled_publication where release_id = ? and status = ?",
                (rs, row) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3)),
                releaseId,
                PENDING);
        members.forEach(member -> claim(member.id()));
        return members;
    }

    long openRelease(Long articleId, List<String> languages, Instant publishAt, String createdBy) {
        jdbc.update(
                "insert into release_group (article_id, publish_at, created_by, created_at, status) values (?, ?, ?, ?, ?)",
                articleId,
                publishAt == null ? null : Timestamp.from(publishAt),
                createdBy,
                Timestamp.from(clock.instant()),
                OPEN);
        long id = jdbc.queryForObject(
                "select max(id) from release_group where article_id = ? and created_by = ?",
                Long.class,
                articleId,
                createdBy);
        languages.forEach(language ->
                jdbc.update("insert into release_member (release_id, language) values (?, ?)", id, language));
        return id;
    }

    /** A waiting approval: its row, the version and who approved it. */
    record Due(long id, long versionId, String approvedBy) {}
}
