package cn.county.reelection.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A race over its ballots: re-votes for ties, at most two further ballots for unfilled seats (R6). */
class RaceTest {

    private final BallotCounter counter = new BallotCounter();

    private Race.Next vote(Race race, Map<String, Integer> counts, int present) {
        TallySheet sheet = new TallySheet(75, present, race.getCandidates(), null, counts, present, null, null);
        return race.apply(counter.count(race.inputFor(sheet)), race.getCandidates());
    }

    @Test
    void r6_unfilledSeatsGetAtMostTwoFurtherBallotsThenAreReported() {
        Race race =
                Race.start("discipline", RaceKind.COMPETITIVE, 5, 6, 75, List.of("甲", "乙", "丙", "丁", "戊", "己"), null);
        // four reach a majority of 70 present; one seat left, 甲…丁 elected
        assertThat(vote(race, Map.of("甲", 60, "乙", 60, "丙", 60, "丁", 60, "戊", 30, "己", 30), 70))
                .isEqualTo(Race.Next.REVOTE);
        assertThat(race.getCandidates()).containsExactly("戊", "己");
        assertThat(race.getBallotSeats()).isEqualTo(1);
        assertThat(race.getFurtherBallots()).isEqualTo(1);
        assertThat(vote(race, Map.of("戊", 30, "己", 30), 70))
                .isEqualTo(Race.Next.REVOTE); // tied but no majority: unfilled again
        assertThat(race.getFurtherBallots()).isEqualTo(2);
        assertThat(vote(race, Map.of("戊", 35, "己", 34), 70))
                .isEqualTo(Race.Next.DONE); // 35 of 70 is not more than half
        assertThat(race.isFinished()).isTrue();
        assertThat(race.getUnfilledSeats()).isEqualTo(1);
        assertThat(race.getElected()).containsExactly("甲", "乙", "丙", "丁");
    }

    @Test
    void r6_tieBreakAmongTheTiedDoesNotUseUpFurtherBallots() {
        Race race = Race.start("committee", RaceKind.COMPETITIVE, 2, 3, 75, List.of("甲", "乙", "丙"), null);
        assertThat(vote(race, Map.of("甲", 60, "乙", 40, "丙", 40), 70)).isEqualTo(Race.Next.REVOTE);
        assertThat(race.getBallotKind()).isEqualTo(RaceKind.TIE_BREAK);
        assertThat(race.getCandidates()).containsExactly("乙", "丙");
        assertThat(vote(race, Map.of("乙", 30, "丙", 31), 70)).isEqualTo(Race.Next.DONE);
        assertThat(race.getElected()).containsExactly("甲", "丙");
        assertThat(race.getFurtherBallots()).isZero();
    }

    @Test
    void r10_invalidFirstBallotIsRecordedAgain_invalidRevoteIsRevotedAgain() {
        Race race = Race.start("committee", RaceKind.COMPETITIVE, 2, 3, 75, List.of("甲", "乙", "丙"), null);
        assertThat(vote(race, Map.of("甲", 50), 60)).isEqualTo(Race.Next.RECORD); // 60 of 75 is no quorum
        assertThat(vote(race, Map.of("甲", 60, "乙", 40, "丙", 40), 70)).isEqualTo(Race.Next.REVOTE);
        assertThat(vote(race, Map.of("乙", 30), 60)).isEqualTo(Race.Next.REVOTE);
        assertThat(race.getElected()).containsExactly("甲");
    }

    @Test
    void r7_candidatesMustComeFromTheElectedCommittee_andMatchTheApprovedList() {
        Race secretary =
                Race.start("secretary", RaceKind.NON_COMPETITIVE, 3, null, 75, null, List.of("甲", "乙", "丙", "丁"));
        TallySheet outsider = new TallySheet(75, 70, List.of("甲", "乙", "王五"), null, Map.of(), 70, null, null);
        assertThatThrownBy(() -> secretary.inputFor(outsider))
                .isInstanceOfSatisfying(
                        TallyInputException.class, e -> assertThat(e.rule()).isEqualTo("R7"));
        Race committee = Race.start("committee", RaceKind.COMPETITIVE, 2, 3, 75, List.of("甲", "乙", "丙"), null);
        TallySheet otherList = new TallySheet(75, 70, List.of("甲", "乙", "丁"), null, Map.of(), 70, null, null);
        assertThatThrownBy(() -> committee.inputFor(otherList))
                .isInstanceOfSatisfying(
                        TallyInputException.class, e -> assertThat(e.field()).isEqualTo("candidates"));
        TallySheet wrongElectorate = new TallySheet(80, 70, List.of("甲", "乙", "丙"), null, Map.of(), 70, null, null);
        assertThatThrownBy(() -> committee.inputFor(wrongElectorate))
                .isInstanceOfSatisfying(
                        TallyInputException.class, e -> assertThat(e.field()).isEqualTo("entitled"));
    }
}
