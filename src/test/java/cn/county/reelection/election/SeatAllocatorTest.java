package cn.county.reelection.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R2: the delegate quota by member count, largest remainder, at least one seat each. */
class SeatAllocatorTest {

    private final SeatAllocator allocator = new SeatAllocator();

    private static Map<String, Integer> members(int... counts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            map.put("B" + (i + 1), counts[i]);
        }
        return map;
    }

    @Test
    void r2_largestRemainderOverMemberCounts() {
        // 100 members, 75 seats: exact shares 31.5, 22.5, 13.5, 5.25, 2.25 → floors 31+22+13+5+2 = 73;
        // the two remaining seats go to the largest remainders (0.5 ×3, ties to the larger organisations)
        Map<String, Integer> seats = allocator.allocate(75, members(42, 30, 18, 7, 3));
        assertThat(seats)
                .containsExactly(
                        Map.entry("B1", 32),
                        Map.entry("B2", 23),
                        Map.entry("B3", 13),
                        Map.entry("B4", 5),
                        Map.entry("B5", 2));
        assertThat(seats.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(75);
    }

    @Test
    void r2_everyOrganisationGetsAtLeastOneSeat() {
        // exact share of the 2-member branch is 10 × 2 / 1002 < 1: it still gets one, from the largest
        Map<String, Integer> seats = allocator.allocate(10, members(1000, 2));
        assertThat(seats).containsExactly(Map.entry("B1", 9), Map.entry("B2", 1));
    }

    @Test
    void r2_sumIsAlwaysTheQuota() {
        for (int quota = 6; quota <= 120; quota += 7) {
            Map<String, Integer> seats = allocator.allocate(quota, members(13, 1, 77, 5, 230, 9));
            assertThat(seats.values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(quota);
            assertThat(seats.values()).allMatch(s -> s >= 1);
        }
    }

    @Test
    void r2_refusesImpossibleAllocations() {
        assertThatThrownBy(() -> allocator.allocate(2, members(5, 5, 5))).hasMessageContaining("R2");
        assertThatThrownBy(() -> allocator.allocate(0, members(5))).hasMessageContaining("R2");
        assertThatThrownBy(() -> allocator.allocate(5, members(5, 0))).hasMessageContaining("R2");
    }
}
