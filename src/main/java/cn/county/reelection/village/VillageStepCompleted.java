package cn.county.reelection.village;

import java.time.LocalDate;

/**
 * A village's step was completed on {@code day}: published in the transaction that recorded it, so that
 * the term register (V10) hears the committee and branch elections without the village depending on it.
 */
public record VillageStepCompleted(Village village, VillageStep step, LocalDate day) {}
