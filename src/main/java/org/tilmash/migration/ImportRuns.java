package org.tilmash.migration;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.tilmash.TilmashDatabase;
import tools.jackson.databind.json.JsonMapper;

/**
 * The runs of {@link ImportJobs} in the database ({@code tilmash_import_run}): who started each, how far it is and,
 * once it ended, its report as JSON. The instance that runs an import writes its progress every half second; every
 * instance reads it, so the import page shows the same progress and report wherever the balancer sends its polls.
 */
@Component
class ImportRuns {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    ImportRuns(TilmashDatabase database) {
        this.jdbc = database.jdbc();
    }

    void started(String id, boolean dryRun, String startedBy) {
        jdbc.update(
                "insert into tilmash_import_run (id, dry_run, started_by, started_at, done_items, total_items)"
                        + " values (?, ?, ?, current_timestamp, 0, 0)",
                id,
                dryRun,
                startedBy);
    }

    void progress(String id, long done, long total) {
        jdbc.update(
                "update tilmash_import_run set done_items = ?, total_items = ? where id = ? and report is null",
                done,
                total,
                id);
    }

    void finished(String id, long done, long total, ImportReport report) {
        jdbc.update(
                "update tilmash_import_run set done_items = ?, total_items = ?, report = ? where id = ?",
                done,
                total,
                JSON.writeValueAsString(report),
                id);
    }

    Optional<ImportJobs.Status> find(String id) {
        return first(jdbc.query(
                "select id, dry_run, started_by, done_items, total_items, report from tilmash_import_run where id = ?",
                STATUS,
                id));
    }

    /** The run started last, by the database's clock. */
    Optional<ImportJobs.Status> latest() {
        return first(jdbc.query(
                "select id, dry_run, started_by, done_items, total_items, report from tilmash_import_run"
                        + " order by started_at desc, id desc fetch first 1 rows only",
                STATUS));
    }

    private static Optional<ImportJobs.Status> first(List<ImportJobs.Status> runs) {
        return runs.stream().findFirst();
    }

    private static final RowMapper<ImportJobs.Status> STATUS = (row, number) -> new ImportJobs.Status(
            row.getString("id"),
            row.getBoolean("dry_run"),
            row.getString("started_by"),
            row.getLong("done_items"),
            row.getLong("total_items"),
            report(row.getString("report")));

    private static @Nullable ImportReport report(@Nullable String json) {
        return json == null ? null : JSON.readValue(json, ImportReport.class);
    }
}
