package cn.county.reelection.village;

import cn.county.reelection.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where a village campaign's deadlines are computed (V9). The campaign's {@code year} is
 * the year it starts: evaluation by end of November, mobilisation on 12 December and audits by end of
 * December of that year; election committees by 15 January, group leaders and representatives by
 * 20 February, committee members by 15 March of the next year (the seed's example schedule, 篇四).
 *
 * <p>Choices (the seed gives no date): voter registration with the published list by 20 February (the
 * list is out well before election day); the Party branch election by 31 March (篇四: branches are
 * re-elected after the committees); the after-election set-up by 15 April; the report to the township by
 * 30 April. A deadline date is the last day allowed.
 */
public final class VillageDeadlines {

    private VillageDeadlines() {}

    /**
     * The seed's schedule for {@code year}, each date overridden by {@code given}, then moved to the previous
     * working day of {@code calendar} when it falls on a weekend or public holiday (as the township's).
     */
    public static Map<VillageStep, LocalDate> complete(
            int year, Map<VillageStep, LocalDate> given, WorkingCalendar calendar) {
        return complete(year, given, calendar, RepresentativesOrder.BEFORE_COMMITTEE);
    }

    /**
     * As {@link #complete(int, Map, WorkingCalendar)} for a campaign following {@code order} (V7): in 篇三's order the
     * representatives are chosen after the committee, by 31 March *(choice: the branch election's default)*.
     */
    public static Map<VillageStep, LocalDate> complete(
            int year, Map<VillageStep, LocalDate> given, WorkingCalendar calendar, RepresentativesOrder order) {
        Map<VillageStep, LocalDate> all = complete(year, given, order);
        all.replaceAll((step, day) -> calendar.previousWorkingDayOnOrBefore(day));
        return all;
    }

    /** The seed's schedule for {@code year}, each date overridden by {@code given}, as written. */
    public static Map<VillageStep, LocalDate> complete(int year, Map<VillageStep, LocalDate> given) {
        return complete(year, given, RepresentativesOrder.BEFORE_COMMITTEE);
    }

    /** The seed's schedule for {@code year} in {@code order} (V7), each date overridden by {@code given}, as written. */
    public static Map<VillageStep, LocalDate> complete(
            int year, Map<VillageStep, LocalDate> given, RepresentativesOrder order) {
        Map<VillageStep, LocalDate> all = new EnumMap<>(VillageStep.class);
        put(all, given, VillageStep.EVALUATION, MonthDay.of(11, 30).atYear(year));
        put(all, given, VillageStep.MOBILISATION, MonthDay.of(12, 12).atYear(year));
        put(all, given, VillageStep.AUDIT, MonthDay.of(12, 31).atYear(year));
        put(all, given, VillageStep.ELECTION_COMMITTEE, MonthDay.of(1, 15).atYear(year + 1));
        put(all, given, VillageStep.REGISTRATION, MonthDay.of(2, 20).atYear(year + 1));
        put(
                all,
                given,
                VillageStep.REPRESENTATIVES,
                (order.representativesFirst() ? MonthDay.of(2, 20) : MonthDay.of(3, 31)).atYear(year + 1));
        put(all, given, VillageStep.COMMITTEE_ELECTION, MonthDay.of(3, 15).atYear(year + 1));
        put(all, given, VillageStep.BRANCH_ELECTION, MonthDay.of(3, 31).atYear(year + 1));
        put(all, given, VillageStep.SET_UP, MonthDay.of(4, 15).atYear(year + 1));
        put(all, given, VillageStep.REPORT, MonthDay.of(4, 30).atYear(year + 1));
        return all;
    }

    private static void put(
            Map<VillageStep, LocalDate> all, Map<VillageStep, LocalDate> given, VillageStep step, LocalDate seed) {
        all.put(step, given.getOrDefault(step, seed));
    }

    /** The first step whose deadline falls before that of the step before it, as (earlier, later). */
    public static Optional<VillageStep[]> firstOutOfOrder(Map<VillageStep, LocalDate> deadlines) {
        return firstOutOfOrder(deadlines, RepresentativesOrder.BEFORE_COMMITTEE);
    }

    /** As {@link #firstOutOfOrder(Map)}, the steps taken in the order {@code order} runs them (V7). */
    public static Optional<VillageStep[]> firstOutOfOrder(
            Map<VillageStep, LocalDate> deadlines, RepresentativesOrder order) {
        List<VillageStep> steps = order.steps();
        for (int i = 1; i < steps.size(); i++) {
            if (deadlines.get(steps.get(i)).isBefore(deadlines.get(steps.get(i - 1)))) {
                return Optional.of(new VillageStep[] {steps.get(i - 1), steps.get(i)});
            }
        }
        return Optional.empty();
    }
}
