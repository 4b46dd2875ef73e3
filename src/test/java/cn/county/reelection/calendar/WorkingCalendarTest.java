package cn.county.reelection.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.county.reelection.campaign.Step;
import cn.county.reelection.timeline.Deadlines;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

/**
 * The working-day calendar on the shipped State Council tables: deadlines
 * of T1–T9 on a weekend or holiday move to the previous working day, 调休 Saturdays count as worked.
 */
class WorkingCalendarTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static WorkingCalendar calendar;
    private final Deadlines deadlines = new Deadlines(ZONE);

    @BeforeAll
    static void shippedTable() throws Exception {
        try (InputStream in = WorkingCalendarTest.class.getResourceAsStream("/calendar/cn-holidays.json")) {
            calendar = HolidayTable.read(in).toCalendar();
        }
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void nationalDayAndWeekendsAreOff_adjustedSaturdayIsWorked() {
        assertThat(calendar.isWorkingDay(d("2026-10-03"))).isFalse(); // 国庆节, a Saturday
        assertThat(calendar.isWorkingDay(d("2026-10-05"))).isFalse(); // 国庆节, a Monday
        assertThat(calendar.isWorkingDay(d("2026-10-10"))).isTrue(); // Saturday, 调休上班
        assertThat(calendar.isWorkingDay(d("2026-09-20"))).isTrue(); // Sunday, 调休上班
        assertThat(calendar.isWorkingDay(d("2026-11-07"))).isFalse(); // an ordinary Saturday
        assertThat(calendar.isWorkingDay(d("2026-11-09"))).isTrue(); // an ordinary Monday
        assertThat(calendar.isWorkingDay(d("2025-10-08"))).isFalse(); // 2025: 国庆节、中秋节 up to 8 October
        assertThat(calendar.isWorkingDay(d("2025-10-11"))).isTrue();
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.isProvisional(2026)).isFalse();
        assertThat(calendar.isProvisional(2027)).isTrue();
        assertThat(calendar.isWorkingDay(d("2027-02-08"))).isFalse(); // provisional: 正月初三, a Monday
    }

    @Test
    void previousWorkingDay_skipsHolidaysAndWeekends() {
        assertThat(calendar.previousWorkingDayOnOrBefore(d("2026-10-03"))).isEqualTo(d("2026-09-30"));
        assertThat(calendar.previousWorkingDayOnOrBefore(d("2026-10-07"))).isEqualTo(d("2026-09-30"));
        assertThat(calendar.previousWorkingDayOnOrBefore(d("2026-10-10"))).isEqualTo(d("2026-10-10"));
        assertThat(calendar.previousWorkingDayOnOrBefore(d("2026-11-29")))
                .isEqualTo(d("2026-11-27")); // Sunday → Friday
        assertThat(calendar.previousWorkingDayOnOrBefore(d("2026-02-22")))
                .isEqualTo(d("2026-02-14")); // 春节 → the worked Saturday
    }

    @Test
    void addAndCountWorkingDays_honourTheAdjustedWorkingDays() {
        assertThat(calendar.addWorkingDays(d("2026-11-30"), 3)).isEqualTo(d("2026-12-03"));
        assertThat(calendar.addWorkingDays(d("2026-11-27"), 1)).isEqualTo(d("2026-11-30")); // Friday → Monday
        assertThat(calendar.addWorkingDays(d("2026-11-30"), -1)).isEqualTo(d("2026-11-27")); // Monday → Friday
        assertThat(calendar.addWorkingDays(d("2026-10-12"), -1)).isEqualTo(d("2026-10-10")); // the 调休 Saturday
        assertThat(calendar.addWorkingDays(d("2026-09-30"), 2)).isEqualTo(d("2026-10-09"));
        assertThat(calendar.addWorkingDays(d("2026-09-30"), 0)).isEqualTo(d("2026-09-30"));

        assertThat(calendar.workingDaysBetween(d("2026-09-30"), d("2026-10-10")))
                .isEqualTo(3); // 8, 9, 10 October
        assertThat(calendar.workingDaysBetween(d("2026-11-27"), d("2026-11-30")))
                .isEqualTo(1);
        assertThat(calendar.workingDaysBetween(d("2026-11-30"), d("2026-11-30")))
                .isZero();
        assertThat(calendar.workingDaysBetween(d("2026-11-30"), d("2026-11-27")))
                .isEqualTo(-1);
    }

    @Test
    void campaignOverrides_addDaysOffAndWorkedDaysOnTopOfTheTable() {
        WorkingCalendar own = calendar.withOverrides(Set.of(d("2026-11-20")), Set.of(d("2026-11-22"), d("2026-10-05")));

        assertThat(own.isWorkingDay(d("2026-11-20"))).isFalse(); // a local holiday on a Friday
        assertThat(own.isWorkingDay(d("2026-11-22"))).isTrue(); // a Sunday worked
        assertThat(own.isWorkingDay(d("2026-10-05"))).isTrue(); // worked despite National Day
        assertThat(calendar.isWorkingDay(d("2026-11-20"))).isTrue(); // the table itself is unchanged
    }

    @Test
    void t1ToT9_seedDefaultsOf2026_moveOffWeekendsAndKeepTheirOrder() {
        Map<Step, LocalDate> all = deadlines.complete(2026, Map.of(), calendar);

        assertThat(all)
                .containsEntry(Step.T1, d("2026-11-05"))
                .containsEntry(Step.T2, d("2026-11-10"))
                .containsEntry(Step.T3, d("2026-11-20"))
                .containsEntry(Step.T4, d("2026-11-20"))
                .containsEntry(Step.T7, d("2026-11-30")) // a Monday
                .containsEntry(Step.T5, d("2026-11-27"))
                .containsEntry(Step.T6, d("2026-11-27")) // the working day before: Friday
                .containsEntry(Step.T8, d("2026-11-30"))
                .containsEntry(Step.T9, d("2026-12-03")); // three working days after T8
        assertThat(Deadlines.firstOutOfOrder(all)).isEmpty();
    }

    @Test
    void t1_deadlineOnNationalDay_movesToTheLastWorkingDayBefore() {
        Map<Step, LocalDate> all = deadlines.complete(2026, Map.of(Step.T1, d("2026-10-03")), calendar);

        assertThat(all.get(Step.T1)).isEqualTo(d("2026-09-30"));
    }

    @Test
    void t2_deadlineOnAnAdjustedSaturday_staysBecauseItIsAWorkingDay() {
        Map<Step, LocalDate> all =
                deadlines.complete(2026, Map.of(Step.T1, d("2026-10-09"), Step.T2, d("2026-10-10")), calendar);

        assertThat(all.get(Step.T2)).isEqualTo(d("2026-10-10"));
    }

    @Test
    void t7_congressDeadlineOnSunday_movesToFriday_andDerivedStepsFollow() {
        Map<Step, LocalDate> given = new EnumMap<>(Step.class);
        given.put(Step.T7, d("2026-11-29")); // Sunday
        Map<Step, LocalDate> all = deadlines.complete(2026, given, calendar);

        assertThat(all.get(Step.T7)).isEqualTo(d("2026-11-27"));
        assertThat(all.get(Step.T5)).isEqualTo(d("2026-11-26"));
        assertThat(all.get(Step.T6)).isEqualTo(d("2026-11-26"));
        assertThat(all.get(Step.T8)).isEqualTo(d("2026-11-27"));
        assertThat(all.get(Step.T9)).isEqualTo(d("2026-12-02"));
        assertThat(Deadlines.firstOutOfOrder(all)).isEmpty();
    }

    @Test
    void t9_threeDaysAfterThePlenariesAreWorkingDays_acrossAHoliday() {
        // T8 on the eve of National Day: three working days later is 10 October, the 调休 Saturday
        Map<Step, LocalDate> all = deadlines.complete(
                2026,
                Map.of(
                        Step.T1,
                        d("2026-09-01"),
                        Step.T2,
                        d("2026-09-02"),
                        Step.T3,
                        d("2026-09-10"),
                        Step.T4,
                        d("2026-09-10"),
                        Step.T7,
                        d("2026-09-30")),
                calendar);

        assertThat(all.get(Step.T8)).isEqualTo(d("2026-09-30"));
        assertThat(all.get(Step.T9)).isEqualTo(d("2026-10-10"));
    }

    @Test
    void reminder_isTheStartOfTheWorkingDayBeforeTheDeadline() {
        assertThat(deadlines.followUp(d("2026-11-30"), calendar)) // due Monday → Friday 00:00
                .isEqualTo(ZonedDateTime.of(2026, 11, 27, 0, 0, 0, 0, ZONE).toInstant());
        assertThat(deadlines.followUp(d("2026-10-12"), calendar)) // due Monday after National Day → the 调休 Saturday
                .isEqualTo(ZonedDateTime.of(2026, 10, 10, 0, 0, 0, 0, ZONE).toInstant());
    }

    @Test
    void yearOutsideTheTable_countsWeekendsOnly() {
        assertThat(calendar.covers(2031)).isFalse();
        assertThat(calendar.previousWorkingDayOnOrBefore(d("2031-11-30")))
                .isEqualTo(d("2031-11-28")); // Sunday → Friday
        assertThat(calendar.isWorkingDay(d("2031-10-01"))).isTrue(); // no table: not known as a holiday
    }

    @Test
    void replacementTable_isReadFromData_andContradictionsAreRefused() throws Exception {
        String json = """
        {"description":"a county's own table","years":[{"year":2030,"provisional":false,"source":"test",
          "holidays":[{"name":"县庆","from":"2030-11-18","to":"2030-11-19","workdays":["2030-11-23"]}]}]}""";
        WorkingCalendar replaced = HolidayTable.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .toCalendar();
        assertThat(replaced.isWorkingDay(d("2030-11-18"))).isFalse();
        assertThat(replaced.isWorkingDay(d("2030-11-23"))).isTrue(); // a Saturday
        assertThat(replaced.covers(2026)).isFalse();

        String contradiction = """
        {"years":[{"year":2030,"holidays":[{"name":"x","from":"2030-11-18","to":"2030-11-19","workdays":["2030-11-19"]}]}]}""";
        assertThatThrownBy(() -> HolidayTable.read(
                                new ByteArrayInputStream(contradiction.getBytes(StandardCharsets.UTF_8)))
                        .toCalendar())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2030-11-19");
        assertThatThrownBy(() ->
                        new WorkingCalendar(List.of(d("2030-01-01")), List.of(d("2030-01-01")), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void calendarLocation_readsTheConfiguredResource_andABrokenOneStopsTheStart() throws Exception {
        String json =
                "{\"years\":[{\"year\":2030,\"holidays\":[{\"name\":\"县庆\",\"from\":\"2030-11-18\",\"to\":\"2030-11-18\",\"workdays\":[]}]}]}";
        WorkingCalendar configured = new CalendarConfig()
                .workingCalendar(new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8)), Clock.system(ZONE));
        assertThat(configured.isWorkingDay(d("2030-11-18"))).isFalse();

        ByteArrayResource broken =
                new ByteArrayResource("{\"years\":[{\"yaer\":2030}]}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new CalendarConfig().workingCalendar(broken, Clock.system(ZONE)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holiday table");
    }
}
