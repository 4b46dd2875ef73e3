package cn.county.reelection.village;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.calendar.HolidayTable;
import cn.county.reelection.calendar.WorkingCalendar;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** V9 on the working-day calendar of the township process. */
class VillageDeadlinesTest {

    @Test
    void v9_deadlinesOnAWeekendOrHolidayMoveToThePreviousWorkingDay() throws Exception {
        WorkingCalendar calendar;
        try (InputStream in = getClass().getResourceAsStream("/calendar/cn-holidays.json")) {
            calendar = HolidayTable.read(in).toCalendar();
        }
        Map<VillageStep, LocalDate> due = VillageDeadlines.complete(2026, Map.of(), calendar);

        assertThat(due.get(VillageStep.EVALUATION)).isEqualTo("2026-11-30"); // a Monday: stays
        assertThat(due.get(VillageStep.MOBILISATION)).isEqualTo("2026-12-11"); // 12 December 2026 is a Saturday
        assertThat(due.get(VillageStep.REGISTRATION)).isEqualTo("2027-02-19"); // 20 February 2027 is a Saturday
        assertThat(due.get(VillageStep.COMMITTEE_ELECTION)).isEqualTo("2027-03-15"); // a Monday: stays
        assertThat(VillageDeadlines.complete(2026, Map.of(VillageStep.AUDIT, LocalDate.parse("2027-01-01")), calendar)
                        .get(VillageStep.AUDIT))
                .isEqualTo("2026-12-31"); // New Year's Day
    }
}
