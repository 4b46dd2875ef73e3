package cn.county.reelection.operations;

import cn.county.reelection.calendar.WorkingCalendar;
import cn.county.reelection.timeline.Deadlines;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Readiness of the working-day calendar: every year a running campaign still counts deadlines in (this year
 * up to its last deadline) must be in the holiday table. Without it deadlines that year skip weekends only and
 * a deadline may fall on a public holiday, silently, so the node is OUT_OF_SERVICE until the table is completed
 * ({@code reelection.calendar.location}) and the service restarted. A provisional year (notice not yet
 * published) stays UP with a warning; with no campaign running the table is not needed yet.
 */
@Component("holidayTableHealthIndicator")
class HolidayTableHealth extends AbstractHealthIndicator {

    /** The deadline years of campaigns with at least one running instance, townships and villages alike. */
    private static final String RUNNING_DEADLINE_YEARS = """
      select d.due_date from RE_CAMPAIGN_DEADLINE d where d.campaign_id in (
        select t.campaign_id from RE_TOWNSHIP t join ACT_RU_EXECUTION e on e.ID_ = t.process_instance_id)
      union
      select d.due_date from RE_VILLAGE_CAMPAIGN_DEADLINE d where d.campaign_id in (
        select v.campaign_id from RE_VILLAGE v join ACT_RU_EXECUTION e on e.ID_ = v.process_instance_id)""";

    private final WorkingCalendar calendar;
    private final Deadlines deadlines;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    HolidayTableHealth(WorkingCalendar calendar, Deadlines deadlines, JdbcTemplate jdbc, Clock clock) {
        super("holiday table health check failed");
        this.clock = clock;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        int thisYear = LocalDate.ofInstant(clock.instant(), deadlines.zone()).getYear();
        List<LocalDate> dueDates = jdbc.queryForList(RUNNING_DEADLINE_YEARS, LocalDate.class);
        SortedSet<Integer> needed = new TreeSet<>();
        dueDates.stream()
                .mapToInt(LocalDate::getYear)
                .max()
                .ifPresent(last -> IntStream.rangeClosed(thisYear, last).forEach(needed::add));
        SortedSet<Integer> missing =
                new TreeSet<>(needed.stream().filter(y -> !calendar.covers(y)).toList());
        SortedSet<Integer> provisional =
                new TreeSet<>(needed.stream().filter(calendar::isProvisional).toList());
        builder.withDetail("yearsNeeded", needed)
                .withDetail("yearsMissing", missing)
                .withDetail("yearsProvisional", provisional);
        if (!missing.isEmpty()) {
            builder.status(Status.OUT_OF_SERVICE)
                    .withDetail(
                            "message",
                            "节假日表缺少" + missing + "年：正在进行的换届在这些年份的期限只跳过周末，请补充节假日表后重启 / the holiday table has no year "
                                    + missing
                                    + " that a running campaign counts deadlines in: complete reelection.calendar.location and restart");
        } else if (!provisional.isEmpty()) {
            builder.up()
                    .withDetail(
                            "message",
                            "节假日表中" + provisional + "年为暂定安排，国务院通知发布后请更新 / provisional dates for " + provisional
                                    + ": update when the State Council's notice is published");
        } else {
            builder.up();
        }
    }
}
