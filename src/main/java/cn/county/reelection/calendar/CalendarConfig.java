package cn.county.reelection.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Year;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * The working-day calendar of every campaign, read once from {@code reelection.calendar.location}
 * (default: the table shipped in {@code calendar/cn-holidays.json}; any Spring resource such as
 * {@code file:/etc/reelection/holidays.json} replaces it without a code change).
 */
@Configuration
public class CalendarConfig {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfig.class);

    @Bean
    public WorkingCalendar workingCalendar(
            @Value("${reelection.calendar.location:classpath:calendar/cn-holidays.json}") Resource location,
            Clock clock)
            throws IOException {
        HolidayTable table;
        try (InputStream in = location.getInputStream()) {
            table = HolidayTable.read(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the holiday table " + location + ": " + e.getMessage(), e);
        }
        WorkingCalendar calendar = table.toCalendar();
        int year = Year.now(clock).getValue();
        for (int y = year; y <= year + 1; y++) {
            if (!calendar.covers(y)) {
                log.warn("The holiday table {} has no year {}: deadlines that year skip weekends only", location, y);
            } else if (calendar.isProvisional(y)) {
                log.warn("The holiday table {} holds provisional dates for {} (notice not yet published)", location, y);
            }
        }
        return calendar;
    }
}
