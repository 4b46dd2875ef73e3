package cn.county.reelection.vetting;

import java.time.LocalDate;
import java.time.Period;

/** Age in whole years on a given day (a person who turns 45 that day is 45, not under 45). */
final class Ages {

    private Ages() {}

    static int on(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    static boolean under(int years, LocalDate birthDate, LocalDate day) {
        return on(birthDate, day) < years;
    }

    /** "7/13（53.8%）" */
    static String share(int part, int whole) {
        return "%d/%d（%.1f%%）".formatted(part, whole, whole == 0 ? 0.0 : part * 100.0 / whole);
    }
}
