package cn.county.reelection.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** In a JVM of its own: the heap it measures is this test's, not that of the suites' Spring contexts. */
@Tag("g1") // pom.xml: its own JVM, on G1 whatever the other test JVMs use
class HeapReleaseTest {

    private static final String MIN_FREE_BEFORE = freeRatio("MinHeapFreeRatio"),
            MAX_FREE_BEFORE = freeRatio("MaxHeapFreeRatio");

    private static String freeRatio(String flag) {
        return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption(flag)
                .getValue();
    }

    @Test
    void afterTheStart_oneFullCollection_thenOneWhenABurstIsOver_andNoneWhileNothingGrew() {
        HeapRelease release = new HeapRelease(Duration.ofMinutes(1));
        List<byte[]> live = hold(192); // a service's live heap, so that what is kept free is not a few regions' worth
        long full = fullCollections();
        release.afterStart();
        try {
            assertThat(fullCollections()).isEqualTo(full + 1);
            assertKeepsLittleFree();
            assertThat(release.releaseWhenIdle()).as("nothing grew since").isFalse();

            long committedBefore = burst();
            boolean released = false;
            for (int look = 0; look < 3 && !released; look++) {
                released = release.releaseWhenIdle(); // the first look sees the burst's collections: not idle
            }

            assertThat(released).isTrue();
            assertThat(fullCollections()).isEqualTo(full + 2);
            assertThat(HeapRelease.committed()).isLessThan(committedBefore - (128L << 20));
            assertKeepsLittleFree();
            assertThat(release.releaseWhenIdle()).as("released already").isFalse();
            assertThat(live).hasSize(192);
        } finally {
            release.stop();
        }
    }

    @Test
    void aZeroInterval_collectsNothing() {
        long full = fullCollections();
        HeapRelease release = new HeapRelease(Duration.ZERO);
        release.afterStart();
        release.stop();
        assertThat(fullCollections()).isEqualTo(full);
    }

    @Test
    void aNegativeInterval_isRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new HeapRelease(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reelection.memory.idle-collection");
    }

    /**
     * After a release the heap is at most the live heap and {@value HeapRelease#RELEASE_MAX_FREE} % free (G1's own
     * bound would have kept up to 70 %), give or take a few regions; the JVM's bounds are back as they were.
     */
    private static void assertKeepsLittleFree() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long keptAtMost = heap.getUsed() * 100 / (100 - HeapRelease.RELEASE_MAX_FREE) + (8L << 20);
        assertThat(heap.getCommitted()).as("heap committed after a release").isLessThanOrEqualTo(keptAtMost);
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(MIN_FREE_BEFORE);
        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(MAX_FREE_BEFORE);
    }

    /** Holds 384 MB for a moment, as a campaign start does, and answers the heap committed after it. */
    private static long burst() {
        assertThat(hold(384)).hasSize(384);
        return HeapRelease.committed();
    }

    private static List<byte[]> hold(int megabytes) {
        List<byte[]> held = new ArrayList<>();
        for (int i = 0; i < megabytes; i++) {
            held.add(new byte[1 << 20]);
        }
        return held;
    }

    /** G1 counts its full collections (System.gc()) as "G1 Old Generation"; the tests run on G1. */
    private static long fullCollections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> gc.getName().equals("G1 Old Generation"))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the tests run on G1"));
    }
}
