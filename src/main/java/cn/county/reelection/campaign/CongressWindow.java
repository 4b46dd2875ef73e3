package cn.county.reelection.campaign;

import java.time.LocalDate;
import java.util.Map;

/**
 * The days a township may hold its congress (T1, T7): once the delegates are elected and the
 * nominees approved (the later of the T3 and T4 deadlines), and no later than the T7 deadline.
 */
public record CongressWindow(LocalDate earliest, LocalDate latest) {

    public static CongressWindow of(Map<Step, LocalDate> deadlines) {
        LocalDate t3 = deadlines.get(Step.T3);
        LocalDate t4 = deadlines.get(Step.T4);
        return new CongressWindow(t3.isAfter(t4) ? t3 : t4, deadlines.get(Step.T7));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }
}
