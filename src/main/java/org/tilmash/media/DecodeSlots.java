package org.tilmash.media;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * At most {@code tilmash.media.max-concurrent-decodes} images are decoded and turned into renditions at once. Each
 * one under the pixel limit may still take hundreds of megabytes as pixels, so a burst of such uploads would
 * otherwise grow the heap by gigabytes; waiting uploads queue in arrival order instead.
 */
@Component
class DecodeSlots {

    private final Semaphore slots;

    DecodeSlots(MediaProperties properties) {
        this.slots = new Semaphore(Math.max(1, properties.getMaxConcurrentDecodes()), true);
    }

    <T> T run(Supplier<T> work) {
        slots.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
