package cn.county.reelection.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notice for the county: a step overdue or done late ({@code OVERDUE}, {@code DONE_LATE}), a county
 * decision after its own 3-working-day window ({@code COUNTY_LATE}, R14: the county's delay), a race
 * left with seats unfilled ({@code UNFILLED_SEATS}) and its later resolution ({@code UNFILLED_RESOLVED}).
 */
public record Alert(
        Long id,
        String townshipCode,
        String townshipName,
        String businessKey,
        String step,
        String kind,
        LocalDate dueDate,
        Instant occurredAt,
        String message) {}
