package cn.county.reelection.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** In a JVM of its own: the heap it measures is this test's, not that of the suites' Spring contexts. */
@Tag("own-context")
class HeapReleaseTest {

    @Test
    void afterTheStart_oneFullCollection_thenOneWhenABurstIsOver_andNoneWhileNothingGrew() {
        HeapRelease release = new HeapRelease(Duration.ofMinutes(1));
        long full = fullCollections();
        release.afterStart();
        try {
            assertThat(fullCollections()).isEqualTo(full + 1);
            assertThat(release.releaseWhenIdle()).as("nothing grew since").isFalse();

            long committedBefore = burst();
            boolean released = false;
            for (int look = 0; look < 3 && !released; look++) {
                released = release.releaseWhenIdle(); // the first look sees the burst's collections: not idle
            }

            assertThat(released).isTrue();
            assertThat(fullCollections()).isEqualTo(full + 2);
            assertThat(committed()).isLessThan(committedBefore - (128L << 20));
            assertThat(release.releaseWhenIdle()).as("released already").isFalse();
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

    /** Holds 384 MB for a moment, as a campaign start does, and answers the heap committed after it. */
    private static long burst() {
        List<byte[]> held = new ArrayList<>();
        for (int i = 0; i < 384; i++) {
            held.add(new byte[1 << 20]);
        }
        assertThat(held).hasSize(384);
        return committed();
    }

    private static long committed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
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
