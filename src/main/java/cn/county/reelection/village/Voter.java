package cn.county.reelection.village;

import java.time.LocalDate;

/** A voter on the published list (选民名单) after the checks of V1. */
public record Voter(int row, String name, String idNumber, String gender, LocalDate birthDate, String group) {}
