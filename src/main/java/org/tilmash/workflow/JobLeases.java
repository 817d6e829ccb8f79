package org.tilmash.workflow;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tilmash.TilmashDatabase;

/**
 * Leases on background jobs that one instance at a time may run, kept in {@code tilmash_job_lease} and judged by the
 * database's clock ({@code current_timestamp}), so instances with skewed clocks agree. A holder claims a job for a
 * while and renews the claim while it works; an instance killed mid-job stops renewing, and another may claim the job
 * once the lease has run out. Each call is its own statement, committed at once outside any transaction.
 */
@Component
public class JobLeases {

    private final JdbcTemplate jdbc;
    private final String instance;

    JobLeases(TilmashDatabase database) {
        this.jdbc = database.jdbc();
        this.instance = ManagementFactory.getRuntimeMXBean().getName() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** This instance's name as a holder of leases. */
    public String instance() {
        return instance;
    }

    /**
     * Claims {@code job} for {@code holder} for {@code lease} from the database's now, or extends the claim it
     * already holds.
     *
     * @return whether {@code holder} now holds the job
     */
    public boolean claim(String job, String holder, Duration lease) {
        String until = "current_timestamp + interval '" + Math.max(1, lease.toSeconds()) + "' second";
        int taken = jdbc.update(
                "update tilmash_job_lease set holder = ?, lease_until = " + until
                        + " where job = ? and (holder = ? or lease_until <= current_timestamp)",
                holder,
                job,
                holder);
        if (taken == 1) {
            return true;
        }
        try {
            return jdbc.update(
                            "insert into tilmash_job_lease (job, holder, lease_until) values (?, ?, " + until + ")",
                            job,
                            holder)
                    == 1;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    /** Gives the job up at once, if {@code holder} holds it. */
    public void release(String job, String holder) {
        jdbc.update(
                "update tilmash_job_lease set lease_until = current_timestamp where job = ? and holder = ?",
                job,
                holder);
    }
}
