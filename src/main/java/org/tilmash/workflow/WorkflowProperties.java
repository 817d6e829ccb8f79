package org.tilmash.workflow;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code tilmash.workflow.*}. */
@ConfigurationProperties("tilmash.workflow")
class WorkflowProperties {

    /** A reviewer may not approve a revision they wrote. */
    private boolean fourEyes = true;

    /** How often due scheduled publications and releases are looked for. */
    private Duration schedulerInterval = Duration.ofSeconds(15);

    public boolean isFourEyes() {
        return fourEyes;
    }

    public void setFourEyes(boolean fourEyes) {
        this.fourEyes = fourEyes;
    }

    public Duration getSchedulerInterval() {
        return schedulerInterval;
    }

    public void setSchedulerInterval(Duration schedulerInterval) {
        this.schedulerInterval = schedulerInterval;
    }
}
