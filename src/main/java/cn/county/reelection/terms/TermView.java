package cn.county.reelection.terms;

import java.time.LocalDate;

/**
 * One term as {@code GET /api/terms} answers it. {@code endingSoon}: the term ends within
 * {@value TermRegister#WARN_MONTHS} months of today or has ended (T1 term: the county is warned);
 * {@code ended}: its end day is past.
 */
public record TermView(
        TermBody body,
        String bodyLabel,
        String countyCode,
        String county,
        String townshipCode,
        String townshipName,
        String unitCode,
        String unitName,
        LocalDate termStart,
        LocalDate termEnd,
        boolean endingSoon,
        boolean ended,
        String source) {}
