package org.tilmash.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A stop ends the start-up rebuild before the database and the index close: a mass indexing in progress is cancelled
 * the way Hibernate Search's mass indexer is (its waiting thread interrupted), other work is told by
 * {@link RebuildThread#stopping()} and never interrupted, and the stop waits for the thread to end.
 */
class RebuildThreadTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final RebuildThread rebuild = new RebuildThread();
    private final List<String> steps = new CopyOnWriteArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);

    @Test
    void aStopCancelsTheMassIndexingInProgressAndSkipsTheWorkAfterIt() throws InterruptedException {
        rebuild.start(() -> {
            rebuild.cancellable(this::massIndexingUntilCancelled);
            steps.add(Thread.currentThread().isInterrupted() ? "after, interrupted" : "after");
            rebuild.cancellable(() -> steps.add("a second mass indexing"));
        });
        assertThat(started.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        rebuild.stop(WAIT);

        assertThat(steps).containsExactly("mass indexing cancelled", "after");
        assertThat(rebuild.stopping()).isTrue();
    }

    @Test
    void otherWorkIsToldToStopAndNeverInterrupted() throws InterruptedException {
        rebuild.start(() -> {
            started.countDown();
            while (!rebuild.stopping()) {
                Thread.onSpinWait();
            }
            steps.add(Thread.currentThread().isInterrupted() ? "stopped, interrupted" : "stopped");
        });
        assertThat(started.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        rebuild.stop(WAIT);

        assertThat(steps).containsExactly("stopped");
    }

    @Test
    void nothingStartsOnceTheApplicationStops() throws InterruptedException {
        rebuild.stop(WAIT);

        rebuild.start(() -> steps.add("started"));
        rebuild.stop(WAIT);

        assertThat(steps).isEmpty();
    }

    private void massIndexingUntilCancelled() {
        started.countDown();
        try {
            Thread.sleep(WAIT.multipliedBy(2));
            steps.add("mass indexing ran to its end");
        } catch (InterruptedException cancelled) {
            // As Hibernate Search's mass indexer does: the interruption cancels it, and the flag is kept.
            Thread.currentThread().interrupt();
            steps.add("mass indexing cancelled");
        }
    }
}
