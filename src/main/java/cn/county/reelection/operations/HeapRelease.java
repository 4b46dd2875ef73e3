package cn.county.reelection.operations;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import jakarta.annotation.PreDestroy;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
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

    /** The free share of the heap its release leaves, in %. */
    static final int RELEASE_MIN_FREE = 10, RELEASE_MAX_FREE = 30;

    private final Duration idleCollection;
    private DaemonTimer watcher;
    private long collectionsSeen;
    private long committedAfterRelease;

    HeapRelease(@Value("${reelection.memory.idle-collection:PT1M}") Duration idleCollection) {
        if (idleCollection.isNegative()) {
            throw new IllegalArgumentException(
                    "reelection.memory.idle-collection must be zero (off) or a positive duration: " + idleCollection);
        }
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
        watcher = new DaemonTimer("heap-release", idleCollection, this::releaseWhenIdle);
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
        try (FreeRatio ignored = FreeRatio.lowered()) {
            System.gc();
        }
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
            watcher.close();
        }
    }

    /**
     * G1 keeps up to {@code MaxHeapFreeRatio} (70 %) of the heap free after a full collection, more than twice the live
     * heap: for the release's own collection the bounds go down to {@value #RELEASE_MAX_FREE} %, then back to what they
     * were, so an idle service keeps less than half as much again as it uses and grows as usual under work. Bounds an
     * operator gave the JVM (command line, environment, flags file) stay as they are.
     */
    private static final class FreeRatio implements AutoCloseable {

        private static final String MIN = "MinHeapFreeRatio", MAX = "MaxHeapFreeRatio";
        private static final Set<VMOption.Origin> NOT_THE_OPERATORS =
                EnumSet.of(VMOption.Origin.DEFAULT, VMOption.Origin.ERGONOMIC, VMOption.Origin.MANAGEMENT);

        private static final FreeRatio UNCHANGED = new FreeRatio(null, null, null);

        private final HotSpotDiagnosticMXBean vm;
        private final String min, max;

        private FreeRatio(HotSpotDiagnosticMXBean vm, String min, String max) {
            this.vm = vm;
            this.min = min;
            this.max = max;
        }

        static FreeRatio lowered() {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm == null) {
                return UNCHANGED;
            }
            VMOption min = vm.getVMOption(MIN), max = vm.getVMOption(MAX);
            if (!NOT_THE_OPERATORS.contains(min.getOrigin()) || !NOT_THE_OPERATORS.contains(max.getOrigin())) {
                return UNCHANGED;
            }
            vm.setVMOption(MIN, String.valueOf(RELEASE_MIN_FREE)); // the minimum first: it may not pass the maximum
            vm.setVMOption(MAX, String.valueOf(RELEASE_MAX_FREE));
            return new FreeRatio(vm, min.getValue(), max.getValue());
        }

        @Override
        public void close() {
            if (vm != null) {
                vm.setVMOption(MAX, max);
                vm.setVMOption(MIN, min);
            }
        }
    }

    static long committed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .sum();
    }
}
