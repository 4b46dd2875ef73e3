package cn.county.reelection.village;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.village.VillageOutcome.Member;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * V8: the township's summary over 12 villages and communities, checked against the seed's 篇四
 * (6 villages, 6 communities, 36 committee members, 12 一肩挑, a woman on every committee,
 * 交叉率 97%, 2 villages needing another election, 168 group leaders, 447 representatives,
 * 13,067 villagers registered and 12,863 voting, 224 residents' representatives and 211 voting).
 */
class TownshipSummaryTest {

    // per village: households, voters registered, voters taking part, representatives, group leaders
    private static final int[][] VILLAGES = {
        {800, 2300, 2265, 40, 18}, {760, 2200, 2170, 38, 18}, {740, 2150, 2110, 36, 18},
        {730, 2140, 2100, 37, 17}, {760, 2180, 2150, 36, 18}, {741, 2097, 2068, 36, 17}
    };
    // per community: households, representatives entitled, representatives taking part, group leaders
    private static final int[][] COMMUNITIES = {
        {1100, 38, 36, 10},
        {1120, 37, 35, 10},
        {1090, 37, 35, 11},
        {1110, 38, 36, 10},
        {1112, 37, 35, 11},
        {1110, 37, 34, 10}
    };

    /** Committee of three: chair (also branch secretary), a woman, a third member; branch of five. */
    private static VillageOutcome place(
            String code,
            String name,
            Variant variant,
            boolean secretaryChairs,
            boolean woman,
            int onBranch,
            boolean anotherElection,
            int households,
            int entitled,
            int tookPart,
            int representatives,
            int leaders) {
        String chair = name + "主任";
        List<Member> committee = List.of(
                new Member(chair, "M"), new Member(name + "委员甲", woman ? "F" : "M"), new Member(name + "委员乙", "M"));
        List<String> branch = new ArrayList<>();
        for (int i = 0; i < onBranch; i++) {
            branch.add(committee.get(i).name());
        }
        while (branch.size() < 5) {
            branch.add(name + "支委" + branch.size());
        }
        String secretary = secretaryChairs ? chair : name + "支委4";
        return new VillageOutcome(
                code,
                name,
                variant,
                committee,
                chair,
                branch,
                secretary,
                null,
                anotherElection,
                0,
                entitled,
                tookPart,
                households,
                representatives,
                leaders);
    }

    /** 篇四's township: every committee with three members, all on the branch except one member of one village. */
    private static List<VillageOutcome> pianSi() {
        List<VillageOutcome> places = new ArrayList<>();
        for (int i = 0; i < VILLAGES.length; i++) {
            int[] v = VILLAGES[i];
            places.add(place(
                    "V" + (i + 1),
                    "第" + (i + 1) + "村",
                    Variant.VILLAGE,
                    true,
                    true,
                    i == 5 ? 2 : 3,
                    i == 1 || i == 4,
                    v[0],
                    v[1],
                    v[2],
                    v[3],
                    v[4]));
        }
        for (int i = 0; i < COMMUNITIES.length; i++) {
            int[] c = COMMUNITIES[i];
            places.add(place(
                    "C" + (i + 1),
                    "第" + (i + 1) + "社区",
                    Variant.COMMUNITY,
                    true,
                    true,
                    3,
                    false,
                    c[0],
                    c[1],
                    c[2],
                    c[1],
                    c[3]));
        }
        return places;
    }

    @Test
    void v8_summaryOfTwelvePlacesMatchesTheFiguresOfPianSi() {
        TownshipSummary s = TownshipSummary.of(pianSi());

        assertThat(s.places()).isEqualTo(12);
        assertThat(s.villages()).isEqualTo(6);
        assertThat(s.communities()).isEqualTo(6);
        assertThat(s.secretaryChairs()).isEqualTo(12);
        assertThat(s.committeesWithWoman()).isEqualTo(12);
        assertThat(s.committeeMembers()).isEqualTo(36);
        assertThat(s.overlapMembers()).isEqualTo(35);
        assertThat(s.overlapRatePercent()).isEqualTo(97); // 35 / 36 = 97.2%
        assertThat(s.overlapRate()).isEqualByComparingTo(new BigDecimal("97.2"));
        assertThat(s.electedAtFirstElection()).isEqualTo(10);
        assertThat(s.needingAnotherElection()).containsExactly("第2村", "第5村");
        assertThat(s.villageVotersEntitled()).isEqualTo(13067);
        assertThat(s.villageVotersTookPart()).isEqualTo(12863);
        assertThat(s.communityEntitled()).isEqualTo(224);
        assertThat(s.communityTookPart()).isEqualTo(211);
        assertThat(s.representatives()).isEqualTo(447);
        assertThat(s.groupLeaders()).isEqualTo(168);
        // 篇四's villages have far fewer representatives than 篇三's one per 15 households: reported, village by village
        assertThat(s.representativesShort()).containsExactly("第1村", "第2村", "第3村", "第4村", "第5村", "第6村");
    }

    @Test
    void v8_summaryCountsWhatIsMissing_notJustTheHappyTownship() {
        List<VillageOutcome> places = new ArrayList<>(pianSi());
        // 第3村: the chair is not the branch secretary; 第4社区: no woman, only one member on the branch
        places.set(2, place("V3", "第3村", Variant.VILLAGE, false, true, 3, false, 740, 2150, 2110, 50, 18));
        places.set(9, place("C4", "第4社区", Variant.COMMUNITY, true, false, 1, false, 1110, 38, 36, 38, 10));
        // 第6村 also lost a seat that 另行选举 could not fill; its write-in member's gender is not known
        VillageOutcome sixth = places.get(5);
        places.set(
                5,
                new VillageOutcome(
                        sixth.code(),
                        sixth.name(),
                        sixth.variant(),
                        List.of(sixth.committee().get(0), new Member("另选甲", null)),
                        sixth.chair(),
                        sixth.branch(),
                        sixth.branchSecretary(),
                        sixth.branchDeputySecretary(),
                        true,
                        1,
                        sixth.entitled(),
                        sixth.tookPart(),
                        sixth.households(),
                        sixth.representatives(),
                        sixth.groupLeaders()));

        TownshipSummary s = TownshipSummary.of(places);

        assertThat(s.secretaryChairs()).isEqualTo(11);
        assertThat(s.committeesWithWoman()).isEqualTo(10); // 第4社区 and 第6村 (write-in of unknown gender) have none
        assertThat(s.committeeMembers()).isEqualTo(35);
        // by hand: 第6村 chair on the branch, 另选甲 not → 1; 第4社区 → 1; the other ten places 3 each → 30; 32 of 35
        assertThat(s.overlapMembers()).isEqualTo(32);
        assertThat(s.overlapRatePercent()).isEqualTo(91); // 32 / 35 = 91.43%
        assertThat(s.needingAnotherElection()).containsExactly("第2村", "第5村", "第6村");
        assertThat(s.unfilledSeats()).isEqualTo(1);
        assertThat(s.representativesShort()).doesNotContain("第3村"); // 50 ≥ ceil(740 / 15) = 50
    }
}
