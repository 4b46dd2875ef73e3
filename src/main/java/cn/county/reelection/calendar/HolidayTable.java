package cn.county.reelection.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The holiday table as data ({@code calendar/cn-holidays.json} by default): per year, the State
 * Council's holidays with their days off and the weekend days worked instead (调休上班).
 */
public record HolidayTable(String description, List<Year> years) {

    public record Year(int year, boolean provisional, String source, List<Holiday> holidays) {}

    public record Holiday(String name, LocalDate from, LocalDate to, List<LocalDate> workdays) {}

    public static HolidayTable read(InputStream json) throws IOException {
        ObjectMapper mapper =
                new ObjectMapper().findAndRegisterModules().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return mapper.readValue(json, HolidayTable.class);
    }

    /** The calendar this table describes; a table that contradicts itself is refused. */
    public WorkingCalendar toCalendar() {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> on = new HashSet<>();
        Set<Integer> covered = new HashSet<>();
        Set<Integer> provisional = new HashSet<>();
        for (Year y : years == null ? List.<Year>of() : years) {
            if (!covered.add(y.year())) {
                throw new IllegalArgumentException("holiday table: year " + y.year() + " appears twice");
            }
            if (y.provisional()) {
                provisional.add(y.year());
            }
            for (Holiday h : y.holidays() == null ? List.<Holiday>of() : y.holidays()) {
                if (h.from() == null || h.to() == null || h.to().isBefore(h.from())) {
                    throw new IllegalArgumentException(
                            "holiday table: " + y.year() + " " + h.name() + " needs from <= to");
                }
                for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                    off.add(d);
                }
                on.addAll(h.workdays() == null ? List.of() : h.workdays());
            }
        }
        return new WorkingCalendar(new ArrayList<>(off), new ArrayList<>(on), covered, provisional);
    }
}
