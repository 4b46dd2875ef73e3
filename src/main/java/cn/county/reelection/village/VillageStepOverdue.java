package cn.county.reelection.village;

import java.time.LocalDate;

/** A village's step went overdue (published in the transaction that flagged it). */
public record VillageStepOverdue(Village village, VillageStep step, LocalDate due) {}
