package cn.county.reelection.vetting;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The make-up of an elected committee as the county reports it to the city (R4 figures on the committee actually
 * elected): average age, under 45, under 35, women, ethnic minorities and education, ages on the election day.
 * Members elected as write-ins have no personal data: they count in {@code total} and in {@code unknown} only.
 */
public record CommitteeMakeup(
        int total,
        int unknown,
        int ageSum,
        int under45,
        int under35,
        int women,
        int minorities,
        Map<Person.Education, Integer> education) {

    public static CommitteeMakeup of(List<Person> known, int unknown, LocalDate day) {
        int ageSum = 0, under45 = 0, under35 = 0, women = 0, minorities = 0;
        Map<Person.Education, Integer> education = new EnumMap<>(Person.Education.class);
        for (Person.Education e : Person.Education.values()) {
            education.put(e, 0);
        }
        for (Person p : known) {
            int age = Ages.on(p.birthDate(), day);
            ageSum += age;
            under45 += Ages.under(45, p.birthDate(), day) ? 1 : 0;
            under35 += Ages.under(35, p.birthDate(), day) ? 1 : 0;
            women += p.gender() == Person.Gender.F ? 1 : 0;
            minorities += p.ethnicity() != null
                            && !DelegateMakeup.MAJORITY_ETHNICITY.equals(
                                    p.ethnicity().trim())
                    ? 1
                    : 0;
            education.merge(p.education(), 1, Integer::sum);
        }
        return new CommitteeMakeup(
                known.size() + unknown, unknown, ageSum, under45, under35, women, minorities, education);
    }

    /** The members with personal data, over whom the average age is taken. */
    public int known() {
        return total - unknown;
    }

    /** Average age in years, null when no member has data. */
    public Double averageAge() {
        return known() == 0 ? null : (double) ageSum / known();
    }

    /** College (大专) or above, R4's "generally". */
    public int collegeOrAbove() {
        return education.get(Person.Education.COLLEGE)
                + education.get(Person.Education.BACHELOR)
                + education.get(Person.Education.POSTGRADUATE);
    }

    /** The sum of several townships' figures, for the county's total. */
    public CommitteeMakeup plus(CommitteeMakeup other) {
        Map<Person.Education, Integer> sum = new EnumMap<>(education);
        other.education.forEach((k, v) -> sum.merge(k, v, Integer::sum));
        return new CommitteeMakeup(
                total + other.total,
                unknown + other.unknown,
                ageSum + other.ageSum,
                under45 + other.under45,
                under35 + other.under35,
                women + other.women,
                minorities + other.minorities,
                sum);
    }

    /** No member at all: no age is taken, so no day is needed. */
    public static CommitteeMakeup empty() {
        return of(List.of(), 0, null);
    }
}
