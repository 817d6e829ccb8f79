package org.tilmash;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tilmash.replica.*}: a read replica of the application's PostgreSQL (streaming replication, or any copy the
 * primary keeps current) that serves the public site's read-only transactions. Unset: everything reads the primary.
 */
@ConfigurationProperties("tilmash.replica")
public class ReplicaProperties {

    /** The replica's JDBC URL, e.g. {@code jdbc:postgresql://db-replica:5432/tilmash}; empty for no replica. */
    private String url = "";

    private String username = "";

    private String password = "";

    /** Connections to the replica this instance keeps at most. */
    private int maximumPoolSize = 10;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public int getMaximumPoolSize() {
        return maximumPoolSize;
    }

    public void setMaximumPoolSize(int maximumPoolSize) {
        this.maximumPoolSize = maximumPoolSize;
    }
}
