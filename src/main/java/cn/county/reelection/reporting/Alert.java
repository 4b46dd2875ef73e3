package cn.county.reelection.reporting;

import java.time.Instant;
import java.time.LocalDate;

/** A deadline notice for the county: a step overdue or done late. */
public record Alert(Long id, String townshipCode, String townshipName, String businessKey, String step, String kind,
    LocalDate dueDate, Instant occurredAt, String message) {}
