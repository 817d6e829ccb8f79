package org.tilmash.migration;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.tilmash.accounts.Permissions;
import org.tilmash.accounts.SystemTask;
import org.tilmash.workflow.JobLeases;

/**
 * Imports started from the back office, run in the background one at a time, as a system task in the name of the
 * administrator who started them (the audit trail records them as the actor). The page polls {@link #status}, which
 * any instance answers: the progress and the report are kept in the database ({@link ImportRuns}).
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final String LEASE = "import";
    private static final Duration LEASE_TIME = Duration.ofMinutes(2);
    /** How often the running instance writes its progress for the others. */
    private static final Duration PROGRESS_EVERY = Duration.ofMillis(500);

    private final Importer importer;
    private final Permissions permissions;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "import");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Job> current = new AtomicReference<>();
    private final JobLeases leases;
    private final ImportRuns runs;
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "import-lease");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(Importer importer, Permissions permissions, JobLeases leases, ImportRuns runs) {
        this.importer = importer;
        this.permissions = permissions;
        this.leases = leases;
        this.runs = runs;
    }

    /** How far a run is, and its report once it ended. */
    public record Status(
            String id,
            boolean dryRun,
            String startedBy,
            long done,
            long total,
            @Nullable ImportReport report) {

        public boolean finished() {
            return report != null;
        }

        public int percent() {
            if (finished()) {
                return 100;
            }
            return total <= 0 ? 0 : (int) Math.min(99, done * 100 / total);
        }
    }

    private static final class Job implements Progress {
        private final String id = UUID.randomUUID().toString();
        private final boolean dryRun;
        private final String startedBy;
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong total = new AtomicLong();
        private volatile @Nullable ImportReport report;

        Job(boolean dryRun, String startedBy) {
            this.dryRun = dryRun;
            this.startedBy = startedBy;
        }

        @Override
        public void total(long items) {
            total.set(items);
        }

        @Override
        public void advance(long items) {
            done.addAndGet(items);
        }

        Status status() {
            return new Status(id, dryRun, startedBy, done.get(), total.get(), report);
        }
    }

    /**
     * Starts a run in the background.
     *
     * @return the run's id, for {@link #status}
     * @throws ImportBusyException while another run has not ended
     */
    public String start(ImportRequest request) {
        if (!permissions.canImport()) {
            throw new AccessDeniedException("May not import");
        }
        String actor = permissions.actor();
        Job job = new Job(request.dryRun(), actor);
        Job previous = current.get();
        if (previous != null && previous.report == null) {
            throw new ImportBusyException();
        }
        // One import at a time across all instances on this database: the lease is renewed while the run lasts and
        // runs out a few minutes after an instance dies in the middle of one.
        if (!leases.claim(LEASE, leases.instance(), LEASE_TIME)) {
            throw new ImportBusyException();
        }
        if (!current.compareAndSet(previous, job)) {
            leases.release(LEASE, leases.instance());
            throw new ImportBusyException();
        }
        try {
            runs.started(job.id, job.dryRun, job.startedBy);
        } catch (RuntimeException failed) {
            current.compareAndSet(job, previous);
            leases.release(LEASE, leases.instance());
            throw failed;
        }
        ScheduledFuture<?> renewal = renewals.scheduleWithFixedDelay(
                () -> leases.claim(LEASE, leases.instance(), LEASE_TIME),
                LEASE_TIME.toSeconds() / 3,
                LEASE_TIME.toSeconds() / 3,
                TimeUnit.SECONDS);
        ScheduledFuture<?> progress = renewals.scheduleWithFixedDelay(
                () -> saveProgress(job), PROGRESS_EVERY.toMillis(), PROGRESS_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        executor.execute(() -> {
            ImportReport report;
            try {
                report = SystemTask.run(actor, () -> importer.run(request, job));
            } catch (RuntimeException failed) {
                log.error("Import {} failed", request.source(), failed);
                // The log has the cause; the page says in the administrator's language only that the run stopped.
                report = new ImportReport.Builder(request.source().name(), request.dryRun())
                        .build(new ImportReport.Note("import.error.failed", Map.of()));
            }
            try {
                progress.cancel(false);
                runs.finished(job.id, job.done.get(), job.total.get(), report);
            } catch (RuntimeException failed) {
                log.error("Could not record the end of import {}", job.id, failed);
            } finally {
                job.report = report;
                renewal.cancel(false);
                leases.release(LEASE, leases.instance());
                discardUploadedCopy(request.source());
            }
        });
        return job.id;
    }

    /** An uploaded export's copy is read by its run alone: kept past it, every upload would stay on the disk. */
    private static void discardUploadedCopy(ImportSource source) {
        if (source instanceof ImportSource.WordPress export && export.uploadedCopy()) {
            try {
                Files.deleteIfExists(export.wxrFile());
            } catch (IOException | RuntimeException undeletable) {
                log.warn("Could not delete the uploaded export {}", export.wxrFile(), undeletable);
            }
        }
    }

    /** The run with this id, as this instance knows it if it runs it, else as the database has it. */
    public Optional<Status> status(String id) {
        Job job = current.get();
        if (job != null && job.id.equals(id)) {
            return Optional.of(job.status());
        }
        return runs.find(id);
    }

    /** The run started last on any instance. */
    public Optional<Status> latest() {
        return runs.latest().map(stored -> status(stored.id()).orElse(stored));
    }

    private void saveProgress(Job job) {
        try {
            runs.progress(job.id, job.done.get(), job.total.get());
        } catch (RuntimeException failed) {
            log.warn("Could not record the progress of import {}: {}", job.id, failed.toString());
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        renewals.shutdownNow();
    }
}
