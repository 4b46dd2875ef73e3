package cn.county.reelection.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.vetting.Person.Category;
import cn.county.reelection.vetting.Person.Education;
import cn.county.reelection.vetting.Person.Gender;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R2: the make-up of the elected delegates, at each boundary. */
class DelegateMakeupTest {

    static final LocalDate CONGRESS = LocalDate.of(2026, 11, 28);
    static final LocalDate YOUNG = LocalDate.of(1990, 3, 1);

    static Person delegate(Category category, LocalDate birthDate, Gender gender, String ethnicity) {
        return new Person("代表", gender, birthDate, ethnicity, Education.COLLEGE, category, null);
    }

    /** {@code frontLine} front-line delegates out of {@code total}; 20% professional, everyone young, a woman and a minority. */
    static List<Person> delegates(int total, int frontLine) {
        List<Person> list = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Category category = i < frontLine
                    ? Category.FRONTLINE
                    : i < frontLine + total / 5 ? Category.PROFESSIONAL : Category.CADRE;
            list.add(delegate(category, YOUNG, i == 0 ? Gender.F : Gender.M, i == 1 ? "彝族" : "汉族"));
        }
        return list;
    }

    static List<String> hardFields(DelegateMakeup.Report report) {
        return report.findings().stream()
                .filter(Finding::hard)
                .map(Finding::field)
                .toList();
    }

    @Test
    void r2_frontLine29PercentIsAHardBreach() {
        DelegateMakeup.Report report = DelegateMakeup.check(delegates(100, 29), 0, CONGRESS);
        assertThat(report.hardBreach()).isTrue();
        assertThat(hardFields(report)).containsExactly("frontLine");
        assertThat(report.text()).contains("一线党员29/100（29.0%），低于30%");
    }

    @Test
    void r2_frontLine30PercentPasses() {
        DelegateMakeup.Report report = DelegateMakeup.check(delegates(100, 30), 0, CONGRESS);
        assertThat(report.hardBreach()).isFalse();
        assertThat(report.findings()).isEmpty();
        assertThat(report.text()).contains("代表构成符合要求");
    }

    @Test
    void r2_delegateWhoTurns45OnTheCongressDateIsNotUnder45() {
        Person turns45 = delegate(Category.FRONTLINE, CONGRESS.minusYears(45), Gender.F, "回族");
        Person dayYounger = delegate(Category.FRONTLINE, CONGRESS.minusYears(45).plusDays(1), Gender.F, "回族");

        assertThat(hardFields(DelegateMakeup.check(List.of(turns45), 0, CONGRESS)))
                .containsExactly("under45");
        assertThat(hardFields(DelegateMakeup.check(List.of(dayYounger), 0, CONGRESS)))
                .isEmpty();
        // exactly half under 45 meets "at least 50%"
        assertThat(DelegateMakeup.check(List.of(turns45, dayYounger), 0, CONGRESS)
                        .under45())
                .isEqualTo(1);
        assertThat(hardFields(DelegateMakeup.check(List.of(turns45, dayYounger), 0, CONGRESS)))
                .isEmpty();
    }

    @Test
    void r2_professionalOutside15To25PercentOnlyWarns() {
        List<Person> list = delegates(20, 20); // no professional at all
        DelegateMakeup.Report none = DelegateMakeup.check(list, 0, CONGRESS);
        assertThat(none.hardBreach()).isFalse();
        assertThat(none.findings()).extracting(Finding::field).containsExactly("professional");

        List<Person> threeOfTwenty = new ArrayList<>(list.subList(0, 17));
        for (int i = 0; i < 3; i++) {
            threeOfTwenty.add(delegate(Category.PROFESSIONAL, YOUNG, Gender.M, "汉族"));
        }
        assertThat(DelegateMakeup.check(threeOfTwenty, 0, CONGRESS).findings()).isEmpty(); // 15% is inside
        threeOfTwenty.set(0, delegate(Category.PROFESSIONAL, YOUNG, Gender.F, "汉族"));
        threeOfTwenty.set(2, delegate(Category.PROFESSIONAL, YOUNG, Gender.M, "汉族"));
        threeOfTwenty.set(3, delegate(Category.PROFESSIONAL, YOUNG, Gender.M, "汉族"));
        // 6 of 20 = 30% professional: a warning, 11 of 20 still front-line
        assertThat(DelegateMakeup.check(threeOfTwenty, 0, CONGRESS).findings())
                .extracting(Finding::field)
                .containsExactly("professional");
    }

    @Test
    void r2_noWomanAndNoMinorityOnlyWarn() {
        List<Person> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            list.add(delegate(i < 8 ? Category.FRONTLINE : Category.PROFESSIONAL, YOUNG, Gender.M, "汉族"));
        }
        DelegateMakeup.Report report = DelegateMakeup.check(list, 0, CONGRESS);
        assertThat(report.hardBreach()).isFalse();
        assertThat(report.findings()).extracting(Finding::field).containsExactly("women", "minorities");
    }

    @Test
    void r2_writeInsWithoutDataCountInTheTotal() {
        // 3 front-line of 9 known = 33%, but with 2 write-ins 3 of 11 = 27%
        List<Person> list = delegates(9, 3);
        assertThat(DelegateMakeup.check(list, 0, CONGRESS).hardBreach()).isFalse();
        DelegateMakeup.Report withWriteIns = DelegateMakeup.check(list, 2, CONGRESS);
        assertThat(withWriteIns.total()).isEqualTo(11);
        assertThat(hardFields(withWriteIns)).contains("frontLine");
        assertThat(withWriteIns.text()).contains("另选他人当选2名");
    }
}
