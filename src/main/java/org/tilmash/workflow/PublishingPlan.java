package org.tilmash.workflow;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When and with what a language version goes live, as its publishing sidebar shows it.
 *
 * @param publishAt the time an approval waits for; null when nothing is scheduled
 * @param release the open release the version belongs to; null when it goes live on its own
 */
public record PublishingPlan(
        @Nullable Instant publishAt, @Nullable Release release) {

    /** Languages of one article that go live together, at a time or as soon as all are approved. */
    public record Release(List<String> languages, @Nullable Instant publishAt) {}
}
