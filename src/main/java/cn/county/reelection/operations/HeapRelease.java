package cn.county.reelection.operations;

import jakarta.annotation.PreDestroy;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the heap that a burst of work made the JVM commit back to the operating system once the burst is over. A
 * start allocates several times what the service keeps alive, and so does a campaign start of many townships; G1
 * keeps what it committed until a full collection, which a service idling between a county's tasks never has (its
 * periodic concurrent collection, JEP 346, measured here, gave back nothing of a 900 MB heap with 120 MB live).
 * So: one full collection when the start is done (the demo included), and one whenever the service has gone a
 * whole {@code reelection.memory.idle-collection} without any collection (nothing allocates: no work) while its
 * heap has grown since the last release. {@code -XX:+DisableExplicitGC} or a zero interval turns it off.
 */
@Component
class HeapRelease {

    private static final Logger log = LoggerFactory.getLogger(HeapRelease.class);

    /** Less growth than this is not worth a pause. */
    static final long WORTH_RELEASING = 64L << 20;

    private final Duration idleCollection;
    private ScheduledExecutorService watcher;
    private long collectionsSeen;
    private long committedAfterRelease;

    HeapRelease(@Value("${reelection.memory.idle-collection:PT1M}") Duration idleCollection) {
        this.idleCollection = idleCollection;
    }

    /** After every other listener of the ready event: the demo is loaded by then. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void afterStart() {
        if (idleCollection.isZero()) {
            return;
        }
        release("the start");
        watcher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "heap-release");
            thread.setDaemon(true);
            return thread;
        });
        long every = idleCollection.toMillis();
        watcher.scheduleWithFixedDelay(this::releaseWhenIdle, every, every, TimeUnit.MILLISECONDS);
    }

    /** Answers whether it released: idle since the last look, and the heap grew by more than is worth a pause. */
    synchronized boolean releaseWhenIdle() {
        long collections = collections();
        boolean idle = collections == collectionsSeen;
        collectionsSeen = collections;
        if (idle && committed() - committedAfterRelease > WORTH_RELEASING) {
            release("a quiet " + idleCollection.toSeconds() + " s");
            return true;
        }
        return false;
    }

    private synchronized void release(String after) {
        long before = committed();
        long t0 = System.nanoTime();
        System.gc();
        committedAfterRelease = committed();
        collectionsSeen = collections();
        log.info(
                "heap after {}: {} MB committed before a full collection, {} MB after ({} ms)",
                after,
                before >> 20,
                committedAfterRelease >> 20,
                (System.nanoTime() - t0) / 1_000_000);
    }

    @PreDestroy
    void stop() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }

    private static long committed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .sum();
    }
}
