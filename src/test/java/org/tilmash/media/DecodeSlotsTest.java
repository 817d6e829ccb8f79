package org.tilmash.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** However many uploads arrive at once, no more images are decoded together than configured; the rest wait. */
class DecodeSlotsTest {

    @Test
    void aBurstOfUploadsDecodesAtMostTheConfiguredNumberAtOnceAndAllFinish() throws Exception {
        MediaProperties properties = new MediaProperties();
        properties.setMaxConcurrentDecodes(2);
        DecodeSlots slots = new DecodeSlots(properties);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch allStarted = new CountDownLatch(12);
        ExecutorService uploads = Executors.newFixedThreadPool(12);
        List<Future<Integer>> done = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int upload = i;
            done.add(uploads.submit(() -> {
                allStarted.countDown();
                return slots.run(() -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    try {
                        // Long enough for every other upload to be waiting at the gate.
                        allStarted.await(5, TimeUnit.SECONDS);
                        Thread.sleep(20);
                    } catch (InterruptedException stop) {
                        Thread.currentThread().interrupt();
                    }
                    inside.decrementAndGet();
                    return upload;
                });
            }));
        }
        List<Integer> finished = new ArrayList<>();
        for (Future<Integer> upload : done) {
            finished.add(upload.get(30, TimeUnit.SECONDS));
        }
        uploads.shutdown();

        assertThat(most.get()).isEqualTo(2);
        assertThat(finished).hasSize(12).doesNotHaveDuplicates();
    }

    @Test
    void theDefaultIsTheNumberOfCores() {
        assertThat(new MediaProperties().getMaxConcurrentDecodes())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
    }
}
