package cn.county.reelection.vetting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * R2: the make-up of the delegates elected at T3, checked before the qualification review.
 *
 * <ul>
 *   <li>front-line members at least 30% — hard;
 *   <li>under 45 at least 50%, age on the congress date — hard;
 *   <li>professional and technical about 20% — warning outside 15–25% (choice);
 *   <li>at least one woman and one ethnic-minority delegate — warnings (choice).
 * </ul>
 * Shares are compared in whole numbers ({@code frontLine * 100 >= 30 * total}), so 29.9% fails.
 * Delegates elected as write-ins have no personal data; they count in the total and are reported.
 */
public final class DelegateMakeup {

    static final int FRONT_LINE_MIN_PERCENT = 30;
    static final int UNDER_45_MIN_PERCENT = 50;
    static final int PROFESSIONAL_LOW_PERCENT = 15;
    static final int PROFESSIONAL_HIGH_PERCENT = 25;
    static final String MAJORITY_ETHNICITY = "汉族";

    /** The figures and findings; {@code unknown} counts delegates without personal data. */
    public record Report(
            int total,
            int frontLine,
            int under45,
            int professional,
            int women,
            int minorities,
            int unknown,
            List<Finding> findings) {

        public boolean hardBreach() {
            return findings.stream().anyMatch(Finding::hard);
        }

        /** The summary the qualification review group and the county read in Tasklist. */
        public String text() {
            List<String> lines = new ArrayList<>();
            lines.add("当选代表%d名：一线党员%s，45岁以下%s，专业技术人员%s，女性%d名，少数民族%d名%s。"
                    .formatted(
                            total,
                            Ages.share(frontLine, total),
                            Ages.share(under45, total),
                            Ages.share(professional, total),
                            women,
                            minorities,
                            unknown == 0 ? "" : "，另选他人当选%d名（无人员信息）".formatted(unknown)));
            findings.forEach(f -> lines.add(f.line()));
            if (findings.isEmpty()) {
                lines.add("代表构成符合要求（R2）。");
            }
            return lines.stream().map(line -> "- " + line).collect(Collectors.joining("\n"));
        }
    }

    private DelegateMakeup() {}

    public static Report check(List<Person> elected, int electedWithoutData, LocalDate congressDate) {
        int total = elected.size() + electedWithoutData;
        int frontLine = 0, under45 = 0, professional = 0, women = 0, minorities = 0;
        for (Person p : elected) {
            if (p.category() == Person.Category.FRONTLINE) {
                frontLine++;
            }
            if (p.category() == Person.Category.PROFESSIONAL) {
                professional++;
            }
            if (Ages.under(45, p.birthDate(), congressDate)) {
                under45++;
            }
            if (p.gender() == Person.Gender.F) {
                women++;
            }
            if (p.ethnicity() != null
                    && !MAJORITY_ETHNICITY.equals(p.ethnicity().trim())) {
                minorities++;
            }
        }
        List<Finding> findings = new ArrayList<>();
        if (frontLine * 100 < FRONT_LINE_MIN_PERCENT * total) {
            findings.add(Finding.hard("R2", "frontLine", "一线党员%s，低于30%%".formatted(Ages.share(frontLine, total))));
        }
        if (under45 * 100 < UNDER_45_MIN_PERCENT * total) {
            findings.add(Finding.hard(
                    "R2", "under45", "45岁以下（以大会召开日%s计）%s，低于50%%".formatted(congressDate, Ages.share(under45, total))));
        }
        if (professional * 100 < PROFESSIONAL_LOW_PERCENT * total
                || professional * 100 > PROFESSIONAL_HIGH_PERCENT * total) {
            findings.add(Finding.warning(
                    "R2", "professional", "专业技术人员%s，不在20%%左右（15%%–25%%）".formatted(Ages.share(professional, total))));
        }
        if (women == 0) {
            findings.add(Finding.warning("R2", "women", "当选代表中没有女性"));
        }
        if (minorities == 0) {
            findings.add(Finding.warning("R2", "minorities", "当选代表中没有少数民族"));
        }
        return new Report(
                total, frontLine, under45, professional, women, minorities, electedWithoutData, List.copyOf(findings));
    }
}
