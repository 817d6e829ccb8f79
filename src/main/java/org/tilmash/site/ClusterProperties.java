package org.tilmash.site;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tilmash.cluster.*}: several instances on one database. Off by default (one instance on H2 needs none of it).
 * When on, every page-cache eviction reaches the other instances through PostgreSQL's {@code LISTEN/NOTIFY}, and
 * through a polled table as a safety net (see README, "Running several instances").
 */
@ConfigurationProperties("tilmash.cluster")
class ClusterProperties {

    /** Whether other instances share this database and must hear of this one's page-cache evictions. */
    private boolean enabled = false;

    /** This instance's name in the invalidation table; by default the host, the process and a random part. */
    private String nodeId = defaultNodeId();

    /**
     * How often the invalidation table is read even without a notification: the longest a missed notification (a
     * reconnect, a pooler that drops NOTIFY, H2) keeps a stale page on another instance.
     */
    private Duration pollInterval = Duration.ofSeconds(5);

    /**
     * JDBC URL of the connection kept open for {@code LISTEN}, outside the pool; empty: {@code spring.datasource.url}.
     * Set it to the primary itself when the pool goes through a transaction-pooling PgBouncer, which drops LISTEN.
     */
    private String listenUrl = "";

    private static String defaultNodeId() {
        String process = ManagementFactory.getRuntimeMXBean().getName();
        return process + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getNodeId() {
        return nodeId;
    }

    public void setNodeId(String nodeId) {
        this.nodeId = nodeId;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public String getListenUrl() {
        return listenUrl;
    }

    public void setListenUrl(String listenUrl) {
        this.listenUrl = listenUrl == null ? "" : listenUrl;
    }
}
