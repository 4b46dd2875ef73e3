package cn.county.reelection.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.vetting.Person.Category;
import cn.county.reelection.vetting.Person.Education;
import cn.county.reelection.vetting.Person.Gender;
import cn.county.reelection.vetting.Person.Post;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** R4 and R5: the nominee lists of T4, at each boundary. */
class NomineeChecksTest {

    static final LocalDate CONGRESS = LocalDate.of(2026, 11, 28);
    static final List<Post> COMMITTEE = List.of(
            Post.SECRETARY,
            Post.DEPUTY_SECRETARY,
            Post.DEPUTY_SECRETARY,
            Post.CONGRESS_CHAIR,
            Post.DEPUTY_HEAD,
            Post.DEPUTY_HEAD,
            Post.ARMED_FORCES,
            Post.ORGANISATION,
            Post.PROPAGANDA,
            Post.DISCIPLINE,
            Post.COMMITTEE_SECRETARY,
            Post.DEPUTY_HEAD,
            Post.PROPAGANDA);
    static final List<Post> DISCIPLINE = List.of(
            Post.DISCIPLINE_SECRETARY,
            Post.DISCIPLINE_DEPUTY,
            Post.DISCIPLINE_MEMBER,
            Post.DISCIPLINE_MEMBER,
            Post.DISCIPLINE_MEMBER,
            Post.DISCIPLINE_MEMBER);

    /** Nominees with the given posts; the first is 30, the others 40; one woman, one minority, all college. */
    static List<Person> nominees(String prefix, List<Post> posts) {
        List<Person> list = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            list.add(new Person(
                    prefix + i,
                    i == 1 ? Gender.F : Gender.M,
                    CONGRESS.minusYears(i == 0 ? 30 : 40),
                    i == 2 ? "苗族" : "汉族",
                    Education.COLLEGE,
                    Category.CADRE,
                    posts.get(i)));
        }
        return list;
    }

    /**
     * The discipline list that goes with {@code committee} (R5): its secretary is the committee's second deputy secretary
     * (index 2), its deputy the committee's 纪检委员 (index 9), the members are nobody else's.
     */
    static List<Person> discipline(List<Person> committee) {
        List<Person> list = nominees("纪", DISCIPLINE);
        list.set(0, withPost(committee.get(2), Post.DISCIPLINE_SECRETARY));
        list.set(1, withPost(committee.get(9), Post.DISCIPLINE_DEPUTY));
        return list;
    }

    static List<Finding> check(List<Person> committee) {
        return NomineeChecks.check(committee, discipline(committee), 11, 5, CONGRESS);
    }

    static Person withPost(Person p, Post post) {
        return new Person(p.name(), p.gender(), p.birthDate(), p.ethnicity(), p.education(), p.category(), post);
    }

    static Person withBirth(Person p, LocalDate birthDate) {
        return new Person(p.name(), p.gender(), birthDate, p.ethnicity(), p.education(), p.category(), p.post());
    }

    @Test
    void r4r5_listsThatMeetTheRules_haveNoFinding() {
        assertThat(check(nominees("委", COMMITTEE))).isEmpty();
    }

    @Test
    void r5_twelveNomineesForElevenSeatsIsAHardBreach() {
        List<Finding> findings = check(nominees("委", COMMITTEE.subList(0, 12)));
        assertThat(findings)
                .filteredOn(Finding::hard)
                .extracting(Finding::rule, Finding::field)
                .containsExactly(Tuple.tuple("R5", "committeeNominees"));
        assertThat(findings.get(0).message()).contains("候选人应为13名，现为12名");
    }

    @Test
    void r5_fiveDisciplineNomineesForFiveSeatsIsAHardBreach() {
        List<Finding> findings = NomineeChecks.check(
                nominees("委", COMMITTEE), discipline(nominees("委", COMMITTEE)).subList(0, 5), 11, 5, CONGRESS);
        assertThat(findings)
                .filteredOn(Finding::hard)
                .extracting(Finding::field)
                .containsExactly("disciplineNominees");
    }

    @Test
    void r5_aPostLeftUncoveredIsAHardBreach() {
        List<Post> noArmedForces = new ArrayList<>(COMMITTEE);
        noArmedForces.set(6, Post.DEPUTY_HEAD);
        List<Finding> findings = check(nominees("委", noArmedForces));
        assertThat(findings)
                .filteredOn(Finding::hard)
                .extracting(Finding::message)
                .containsExactly("党委委员候选人中拟任武装部长应不少于1名，现为0名");
    }

    @Test
    void r5_aDisciplinePostOnTheCommitteeListOrNoPostIsAHardBreach() {
        List<Person> committee = nominees("委", COMMITTEE);
        Person last = committee.get(12);
        committee.set(
                12,
                new Person(
                        last.name(),
                        last.gender(),
                        last.birthDate(),
                        last.ethnicity(),
                        last.education(),
                        last.category(),
                        Post.DISCIPLINE_MEMBER));
        Person previous = committee.get(11);
        committee.set(
                11,
                new Person(
                        previous.name(),
                        previous.gender(),
                        previous.birthDate(),
                        previous.ethnicity(),
                        previous.education(),
                        previous.category(),
                        null));
        assertThat(check(committee))
                .filteredOn(Finding::hard)
                .extracting(Finding::field)
                .containsExactly("committeeNominees[11].post", "committeeNominees[12].post");
    }

    @Test
    void r4_noNomineeUnder35IsAHardBreach_oneWhoTurns35OnTheCongressDateIsNot35() {
        List<Person> committee = nominees("委", COMMITTEE);
        committee.set(0, withBirth(committee.get(0), CONGRESS.minusYears(35)));
        assertThat(check(committee))
                .filteredOn(Finding::hard)
                .extracting(Finding::rule, Finding::message)
                .containsExactly(Tuple.tuple("R4", "党委委员候选人中应至少有1名35岁以下的干部（以大会召开日2026-11-28计）"));

        committee.set(0, withBirth(committee.get(0), CONGRESS.minusYears(35).plusDays(1)));
        assertThat(check(committee)).isEmpty();
    }

    @Test
    void r4_under45AtLeastHalfIncludesHalf() {
        List<Person> committee = nominees("委", COMMITTEE);
        // 7 of 13 under 45 (the first seven) pass; 6 of 13 fail
        for (int i = 7; i < 13; i++) {
            committee.set(i, withBirth(committee.get(i), CONGRESS.minusYears(45)));
        }
        assertThat(check(committee)).isEmpty();
        committee.set(6, withBirth(committee.get(6), CONGRESS.minusYears(50)));
        assertThat(check(committee))
                .filteredOn(Finding::hard)
                .extracting(Finding::message)
                .containsExactly("党委委员候选人中45岁以下6/13（46.2%），应不少于50%（以大会召开日2026-11-28计）");
    }

    @Test
    void r4_educationBelowCollegeWomenAndMinoritiesOnlyWarn() {
        List<Person> committee = new ArrayList<>();
        for (Person p : nominees("委", COMMITTEE)) {
            committee.add(new Person(
                    p.name(),
                    Gender.M,
                    p.birthDate(),
                    "汉族",
                    p.name().equals("委4") ? Education.HIGH_SCHOOL : p.education(),
                    p.category(),
                    p.post()));
        }
        List<Finding> findings = check(committee);
        assertThat(findings).noneMatch(Finding::hard);
        assertThat(findings)
                .extracting(Finding::field)
                .containsExactly("committeeNominees[4].education", "committeeNominees", "committeeNominees");
        assertThat(NomineeChecks.summary(committee, List.of(), CONGRESS, findings))
                .contains("【提示】[R4] 委4的学历为高中及以下")
                .contains("没有女干部")
                .contains("没有少数民族干部");
    }

    @Test
    void r5_disciplineSecretaryWhoIsNotADeputySecretaryNominee_isAHardBreachOnTheName() {
        List<Person> committee = nominees("委", COMMITTEE);
        List<Person> discipline = discipline(committee);
        // 委0 is on the committee list, but as its secretary, not as a deputy
        discipline.set(0, withPost(committee.get(0), Post.DISCIPLINE_SECRETARY));
        List<Finding> findings = NomineeChecks.check(committee, discipline, 11, 5, CONGRESS);
        assertThat(findings)
                .filteredOn(Finding::hard)
                .extracting(Finding::rule, Finding::field, Finding::message)
                .containsExactly(Tuple.tuple("R5", "disciplineNominees[0].name", "纪委书记候选人委0应由党委委员候选人中拟任副书记的委1或委2兼任"));

        // either deputy will do
        discipline.set(0, withPost(committee.get(1), Post.DISCIPLINE_SECRETARY));
        assertThat(NomineeChecks.check(committee, discipline, 11, 5, CONGRESS)).isEmpty();
    }

    @Test
    void r5_disciplineDeputyWhoIsNotTheCommitteesDisciplineMember_isAHardBreachOnTheName() {
        List<Person> committee = nominees("委", COMMITTEE);
        List<Person> discipline = discipline(committee);
        discipline.set(1, withPost(nominees("外", DISCIPLINE).get(1), Post.DISCIPLINE_DEPUTY));
        assertThat(NomineeChecks.check(committee, discipline, 11, 5, CONGRESS))
                .filteredOn(Finding::hard)
                .extracting(Finding::rule, Finding::field, Finding::message)
                .containsExactly(Tuple.tuple("R5", "disciplineNominees[1].name", "纪委副书记候选人外1应由党委委员候选人中拟任纪检委员的委9兼任"));
    }

    @Test
    void r5_theCountyReadsTheCrossHoldingsInTheSummary() {
        List<Person> committee = nominees("委", COMMITTEE);
        List<Person> discipline = discipline(committee);
        String summary = NomineeChecks.summary(
                committee, discipline, CONGRESS, NomineeChecks.check(committee, discipline, 11, 5, CONGRESS));
        assertThat(summary).contains("- 交叉任职（R5）：纪委书记候选人委2同为党委委员候选人（拟任副书记）；" + "纪委副书记候选人委9同为党委委员候选人（拟任纪检委员）。");
    }

    @Test
    void r4_electedCommitteeWithExactlyHalfUnder45IsNoWarning_oneLessWarns_andAWriteInCountsInTheTotal() {
        // 10 elected: 5 under 45 (one of them 30) is half, 以上 includes it
        List<Person> elected = new ArrayList<>(nominees("委", COMMITTEE).subList(0, 10));
        for (int i = 5; i < 10; i++) {
            elected.set(i, withBirth(elected.get(i), CONGRESS.minusYears(50)));
        }
        assertThat(NomineeChecks.electedCommittee(elected, 0, CONGRESS)).isEmpty();
        // the same nine known and one write-in without data: 5 of 10 still
        assertThat(NomineeChecks.electedCommittee(elected.subList(0, 9), 1, CONGRESS))
                .isEmpty();
        // one of the five turns 45 on the election day: 4 of 10, a warning, never a hard finding
        elected.set(4, withBirth(elected.get(4), CONGRESS.minusYears(45)));
        List<Finding> findings = NomineeChecks.electedCommittee(elected, 0, CONGRESS);
        assertThat(findings).extracting(Finding::rule, Finding::hard).containsOnly(Tuple.tuple("R4", false));
        assertThat(findings)
                .extracting(Finding::message)
                .containsExactly("当选党委委员中45岁以下4/10（40.0%），低于50%（以选举日2026-11-28计）");
    }

    @Test
    void r4_electedCommitteeWithoutAnyoneUnder35_womanMinorityOrCollege_warnsOfEach() {
        List<Person> elected = new ArrayList<>();
        for (Person p : nominees("委", COMMITTEE).subList(0, 11)) {
            elected.add(new Person(
                    p.name(), Gender.M, CONGRESS.minusYears(40), "汉族", Education.COLLEGE, p.category(), p.post()));
        }
        elected.set(
                3,
                new Person("委3", Gender.M, CONGRESS.minusYears(40), "汉族", Education.HIGH_SCHOOL, Category.CADRE, null));
        assertThat(NomineeChecks.electedCommittee(elected, 0, CONGRESS))
                .extracting(Finding::message)
                .containsExactly(
                        "当选党委委员中没有35岁以下的干部（以选举日2026-11-28计）", "当选党委委员委3的学历为高中及以下，一般应具有大专以上学历",
                        "当选党委委员中没有女干部", "当选党委委员中没有少数民族干部");
    }
}
