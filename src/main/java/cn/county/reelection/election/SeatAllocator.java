package cn.county.reelection.election;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R2 (choice): the delegate quota over the subordinate organisations by member count, by the
 * largest-remainder (Hamilton) method, every organisation at least one seat.
 */
public final class SeatAllocator {

    private record Share(String code, int members, int order, long floor, long remainder) {}

    public Map<String, Integer> allocate(int quota, Map<String, Integer> membersByOrganisation) {
        if (quota < 1) {
            throw new IllegalArgumentException("R2：代表名额至少为1");
        }
        if (membersByOrganisation == null || membersByOrganisation.isEmpty()) {
            throw new IllegalArgumentException("R2：没有所属党组织，无法分配代表名额");
        }
        if (membersByOrganisation.size() > quota) {
            throw new IllegalArgumentException(
                    "R2：所属党组织%d个，多于代表名额%d，无法每个组织至少1名".formatted(membersByOrganisation.size(), quota));
        }
        long total = 0;
        for (Map.Entry<String, Integer> e : membersByOrganisation.entrySet()) {
            if (e.getValue() == null || e.getValue() < 1) {
                throw new IllegalArgumentException("R2：%s的党员人数必须至少为1".formatted(e.getKey()));
            }
            total += e.getValue();
        }
        // exact share = quota × members / total, kept as floor + remainder/total to stay exact
        List<Share> shares = new ArrayList<>();
        int order = 0;
        long assigned = 0;
        for (Map.Entry<String, Integer> e : membersByOrganisation.entrySet()) {
            long product = (long) quota * e.getValue();
            shares.add(new Share(e.getKey(), e.getValue(), order++, product / total, product % total));
            assigned += product / total;
        }
        Map<String, Integer> seats = new LinkedHashMap<>();
        shares.forEach(s -> seats.put(s.code(), (int) s.floor()));
        shares.stream()
                .sorted(Comparator.comparingLong(Share::remainder)
                        .reversed()
                        .thenComparing(Comparator.comparingInt(Share::members).reversed())
                        .thenComparingInt(Share::order))
                .limit(quota - assigned)
                .forEach(s -> seats.merge(s.code(), 1, Integer::sum));

        // every organisation at least one seat, taken from the one most above its exact share
        for (Share empty : shares) {
            if (seats.get(empty.code()) > 0) {
                continue;
            }
            final long totalMembers = total;
            Share donor = shares.stream()
                    .filter(s -> seats.get(s.code()) >= 2)
                    .max(Comparator.comparingLong(
                                    (Share s) -> excessOverShare(seats.get(s.code()), s, quota, totalMembers))
                            .thenComparingInt(Share::members))
                    .orElseThrow();
            seats.merge(donor.code(), -1, Integer::sum);
            seats.put(empty.code(), 1);
        }
        return seats;
    }

    /** (seats − exact share) × total members, an exact integer comparison key. */
    private static long excessOverShare(int seats, Share s, int quota, long total) {
        return (long) seats * total - (long) quota * s.members();
    }
}
