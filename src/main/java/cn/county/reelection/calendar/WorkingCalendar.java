package cn.county.reelection.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in China (DOMAIN.md T1–T9 deadlines): Monday to Friday,
 * less the public holidays (放假), plus the weekend days declared working days (调休上班).
 *
 * <p>Plain Java and immutable. The table comes from data ({@link HolidayTable}); a campaign may
 * add its own holidays and working days on top ({@link #withOverrides}). A year the table does
 * not cover counts weekends only.
 */
public final class WorkingCalendar {

    /** No date is more than this many days from a working day in any real table; guards a broken one. */
    private static final int MAX_SEARCH = 366;

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;
    private final Set<Integer> years;
    private final Set<Integer> provisionalYears;

    public WorkingCalendar(
            Collection<LocalDate> holidays,
            Collection<LocalDate> workdays,
            Collection<Integer> years,
            Collection<Integer> provisionalYears) {
        Set<LocalDate> both = new HashSet<>(holidays);
        both.retainAll(workdays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException(
                    "a day cannot be both a holiday and a working day: " + new TreeSet<>(both));
        }
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
        this.years = Set.copyOf(years);
        this.provisionalYears = Set.copyOf(provisionalYears);
    }

    /** Monday to Friday, no holidays. */
    public static WorkingCalendar weekendsOnly() {
        return new WorkingCalendar(Set.of(), Set.of(), Set.of(), Set.of());
    }

    /**
     * This calendar with a campaign's own days: its {@code extraHolidays} are days off even where the
     * table has a working day, its {@code extraWorkdays} working days even on a holiday or weekend.
     */
    public WorkingCalendar withOverrides(Collection<LocalDate> extraHolidays, Collection<LocalDate> extraWorkdays) {
        if (extraHolidays.isEmpty() && extraWorkdays.isEmpty()) {
            return this;
        }
        Set<LocalDate> off = new HashSet<>(holidays);
        off.removeAll(extraWorkdays);
        off.addAll(extraHolidays);
        Set<LocalDate> on = new HashSet<>(workdays);
        on.removeAll(extraHolidays);
        on.addAll(extraWorkdays);
        return new WorkingCalendar(off, on, years, provisionalYears);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /** {@code day} itself when it is a working day, otherwise the last working day before it. */
    public LocalDate previousWorkingDayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        for (int i = 0; i < MAX_SEARCH; i++, d = d.minusDays(1)) {
            if (isWorkingDay(d)) {
                return d;
            }
        }
        throw new IllegalStateException("no working day within a year before " + day);
    }

    /**
     * The {@code n}-th working day after {@code day} ({@code n > 0}) or before it ({@code n < 0});
     * {@code day} itself for 0. "3 days" in the timeline are working days: {@code addWorkingDays(T8, 3)}.
     */
    public LocalDate addWorkingDays(LocalDate day, int n) {
        int step = n >= 0 ? 1 : -1;
        LocalDate d = day;
        for (int left = Math.abs(n), guard = 0; left > 0; guard++) {
            if (guard > MAX_SEARCH * (Math.abs(n) + 1)) {
                throw new IllegalStateException("no working days around " + day);
            }
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The working days after {@code from} up to and including {@code to}: 0 on the same day, 1 from
     * Friday to the next Monday; negative (counted the same way backwards) when {@code to} is earlier.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** Does the table hold the official (or provisional) holidays of {@code year}? */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /** A year whose notice is not yet published: statutory days only, no 调休. */
    public boolean isProvisional(int year) {
        return provisionalYears.contains(year);
    }

    public Set<LocalDate> holidays() {
        return Collections.unmodifiableSet(new TreeSet<>(holidays));
    }

    public Set<LocalDate> workdays() {
        return Collections.unmodifiableSet(new TreeSet<>(workdays));
    }
}
