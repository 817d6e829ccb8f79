package org.tilmash.search;

import java.time.Duration;

/**
 * The start-up rebuild's own thread, which a stop ends before the database and the index close under it (a stopped
 * standalone application, a host application's context closed or restarted). The work asks {@link #stopping()}
 * between its steps; Hibernate Search's mass indexer, which cancels itself when the thread waiting for it is
 * interrupted, runs through {@link #cancellable}, and the thread is interrupted only then, never in the middle of
 * other database or index work.
 */
final class RebuildThread {

    private final Object lock = new Object();
    private boolean stopping;
    private boolean interruptible;
    private Thread thread;

    /** Runs the work on its own thread, unless the application is stopping already. */
    void start(Runnable work) {
        synchronized (lock) {
            if (!stopping) {
                thread = Thread.ofPlatform().name("search-rebuild").start(work);
            }
        }
    }

    boolean stopping() {
        synchronized (lock) {
            return stopping;
        }
    }

    /** Runs the mass indexing so that a stop cancels it; nothing when the application is stopping already. */
    void cancellable(Runnable massIndexing) {
        synchronized (lock) {
            if (stopping) {
                return;
            }
            interruptible = true;
        }
        try {
            massIndexing.run();
        } finally {
            synchronized (lock) {
                interruptible = false;
                // A stop that came as the mass indexing ended must not reach the work after it.
                Thread.interrupted();
            }
        }
    }

    /** Ends the rebuild: cancels a mass indexing in progress, then waits at most {@code wait} for the thread. */
    void stop(Duration wait) throws InterruptedException {
        Thread running;
        synchronized (lock) {
            stopping = true;
            running = thread;
            if (running != null && interruptible) {
                running.interrupt();
            }
        }
        if (running != null) {
            running.join(wait);
        }
    }
}
