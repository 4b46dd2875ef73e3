package cn.county.reelection.timeline;

import cn.county.reelection.calendar.WorkingCalendar;
import cn.county.reelection.campaign.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deadline arithmetic of the timeline (DOMAIN.md T1–T9).
 *
 * <p>Seed defaults: T2 before 10 Nov, T3 and T4 before 20 Nov, T7 late November. Choices:
 * T1 "early November" is 5 Nov; T5 and T6 are due the working day before the congress (T7 until
 * T1 fixes the congress date); T8 follows the congress, so it shares T7's date; T9 is 3 working
 * days after that. Every deadline falling on a weekend or a public holiday moves to the previous
 * working day ({@link WorkingCalendar}). A deadline date is the last day allowed: the step is late
 * after 23:59:59 of it.
 */
public final class Deadlines {

    /** Pairs (earlier, later) whose deadlines must not be out of order. */
    private static final List<Step[]> ORDER = List.of(
            new Step[] {Step.T1, Step.T2},
            new Step[] {Step.T2, Step.T3},
            new Step[] {Step.T2, Step.T4},
            new Step[] {Step.T3, Step.T7},
            new Step[] {Step.T4, Step.T6},
            new Step[] {Step.T5, Step.T6},
            new Step[] {Step.T6, Step.T7},
            new Step[] {Step.T7, Step.T8},
            new Step[] {Step.T8, Step.T9});

    private final ZoneId zone;

    public Deadlines(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The seed's dates for {@code year}, overridden by {@code given}, each moved to a working day:
     * a deadline on a weekend or a public holiday moves to the previous working day. Derived
     * steps follow the (moved) congress date: T5 and T6 the working day before it, T8 with it,
     * T9 three working days after T8.
     */
    public Map<Step, LocalDate> complete(int year, Map<Step, LocalDate> given, WorkingCalendar calendar) {
        Map<Step, LocalDate> all = new EnumMap<>(Step.class);
        all.put(Step.T1, given.getOrDefault(Step.T1, MonthDay.of(11, 5).atYear(year)));
        all.put(Step.T2, given.getOrDefault(Step.T2, MonthDay.of(11, 10).atYear(year)));
        all.put(Step.T3, given.getOrDefault(Step.T3, MonthDay.of(11, 20).atYear(year)));
        all.put(Step.T4, given.getOrDefault(Step.T4, MonthDay.of(11, 20).atYear(year)));
        LocalDate congress = calendar.previousWorkingDayOnOrBefore(
                given.getOrDefault(Step.T7, MonthDay.of(11, 30).atYear(year)));
        all.put(Step.T7, congress);
        all.put(Step.T5, given.getOrDefault(Step.T5, eveOf(congress, calendar)));
        all.put(Step.T6, given.getOrDefault(Step.T6, eveOf(congress, calendar)));
        all.put(Step.T8, given.getOrDefault(Step.T8, congress));
        all.put(Step.T9, given.getOrDefault(Step.T9, resultReportDue(all.get(Step.T8), calendar)));
        all.replaceAll((step, day) -> calendar.previousWorkingDayOnOrBefore(day));
        return all;
    }

    /** Working days the township has for its result report (T9) after the first plenaries (T8). */
    public static final int RESULT_REPORT_WORKING_DAYS = 3;

    /**
     * T8 and T9 of a township that chose its congress date at T1 (DOMAIN.md "T8, T9 dates"): the first
     * plenaries the congress day itself, even a weekend one, since they follow the congress's close; the
     * result report {@value #RESULT_REPORT_WORKING_DAYS} working days after.
     */
    public static Map<Step, LocalDate> afterCongress(LocalDate congress, WorkingCalendar calendar) {
        Map<Step, LocalDate> after = new EnumMap<>(Step.class);
        after.put(Step.T8, congress);
        after.put(Step.T9, resultReportDue(congress, calendar));
        return after;
    }

    /** T9: {@value #RESULT_REPORT_WORKING_DAYS} working days after the plenaries (from a weekend, as from the Friday before). */
    public static LocalDate resultReportDue(LocalDate plenaries, WorkingCalendar calendar) {
        return calendar.addWorkingDays(plenaries, RESULT_REPORT_WORKING_DAYS);
    }

    /** T5 and T6 are due the working day before the congress. */
    public static LocalDate eveOf(LocalDate congress, WorkingCalendar calendar) {
        return calendar.previousWorkingDayOnOrBefore(congress.minusDays(1));
    }

    /**
     * The first pair out of order, as (earlier step, later step), if any; pairs with a step
     * missing from {@code deadlines} are skipped.
     */
    public static Optional<Step[]> firstOutOfOrder(Map<Step, LocalDate> deadlines) {
        return ORDER.stream()
                .filter(pair -> deadlines.containsKey(pair[0]) && deadlines.containsKey(pair[1]))
                .filter(pair -> deadlines.get(pair[1]).isBefore(deadlines.get(pair[0])))
                .findFirst();
    }

    /**
     * When an open task's reminder is due (one working day before the
     * deadline): the start of the working day before the deadline's day.
     */
    public Instant followUp(LocalDate dueDay, WorkingCalendar calendar) {
        return calendar.addWorkingDays(dueDay, -1).atStartOfDay(zone).toInstant();
    }

    /** The last instant of a deadline day, in the campaign's zone. */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
    }

    public Date endOfAsDate(LocalDate day) {
        return Date.from(endOf(day));
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** Process variable holding a step's due instant (T1–T9, V1–V9), read by the timers and the task due dates. */
    public static String variableName(Enum<?> step) {
        return "due" + step.name();
    }
}
