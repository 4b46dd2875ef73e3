package cn.county.reelection.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** V4: the village and community law on the same counter: half quorum, majority of voters, 另行选举. */
class VillageElectionRulesTest {

    private final BallotCounter counter = new BallotCounter();
    private static final List<String> FOUR = List.of("甲", "乙", "丙", "丁");

    private static Map<String, Integer> counts(Object... nameVotes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < nameVotes.length; i += 2) {
            counts.put((String) nameVotes[i], (Integer) nameVotes[i + 1]);
        }
        return counts;
    }

    private TallyResult village(int entitled, int present, Map<String, Integer> counts) {
        return counter.count(
                TallyInput.ofCounts(RaceKind.COMPETITIVE, 3, null, entitled, present, FOUR, counts, present)
                        .withQuorum(Quorum.HALF));
    }

    @Test
    void v4_exactlyHalfTakingPartIsNoElection_oneMoreIsValid() {
        TallyResult half = village(1000, 500, counts("甲", 400));
        assertThat(half.valid()).isFalse();
        assertThat(half.problems()).extracting(Problem::rule).containsExactly("V4");
        assertThat(half.problems().get(0).message()).contains("半数");

        assertThat(village(1000, 501, counts("甲", 400)).valid()).isTrue();
    }

    @Test
    void v4_halfQuorumIsNotTheFourFifthsOfR6() {
        // 600 of 1000 take part: valid for a village (V4), no quorum for a Party meeting (R6)
        assertThat(village(1000, 600, counts("甲", 400)).valid()).isTrue();
        assertThat(counter.count(TallyInput.ofCounts(
                                RaceKind.COMPETITIVE, 3, null, 1000, 600, FOUR, counts("甲", 400), 600))
                        .valid())
                .isFalse();
    }

    @Test
    void v4_candidateNeedsMoreThanHalfOfTheVotersTakingPart() {
        // 601 take part: 301 votes is more than half, 300 is not
        TallyResult result = village(1000, 601, counts("甲", 500, "乙", 301, "丙", 300, "丁", 200));
        assertThat(result.elected()).containsExactly("甲", "乙");
        assertThat(result.unfilledSeats()).isEqualTo(1);
        assertThat(result.problems()).extracting(Problem::rule).contains("V4");
    }

    @Test
    void v4_runOffElectsMostVotesWithAtLeastAThirdOfBallotsCast() {
        List<String> two = List.of("丙", "丁");
        // 600 ballots cast: 200 is exactly one third (elected), 199 is not
        TallyResult third = counter.count(
                TallyInput.ofCounts(RaceKind.RUN_OFF, 1, null, 1000, 600, two, counts("丙", 200, "丁", 150), 600)
                        .withQuorum(Quorum.HALF));
        assertThat(third.elected()).containsExactly("丙");
        TallyResult short1 = counter.count(
                TallyInput.ofCounts(RaceKind.RUN_OFF, 1, null, 1000, 600, two, counts("丙", 199, "丁", 150), 600)
                        .withQuorum(Quorum.HALF));
        assertThat(short1.elected()).isEmpty();
        assertThat(short1.unfilledSeats()).isEqualTo(1);
        assertThat(short1.problems()).anySatisfy(p -> assertThat(p.message()).contains("三分之一"));
    }

    @Test
    void v4_unfilledSeatGoesToOneRunOffAmongTheBestPlacedNotElected_thenStaysVacant() {
        Race race = Race.start(
                        "villageCommittee", RaceKind.COMPETITIVE, 3, 4, 1000, List.of("甲", "乙", "丙", "丁", "戊"), null)
                .withQuorum(Quorum.HALF);
        TallySheet first = new TallySheet(
                1000,
                700,
                race.getCandidates(),
                null,
                counts("甲", 600, "乙", 500, "丙", 300, "丁", 250, "戊", 100),
                700,
                null,
                null);
        assertThat(race.apply(counter.count(race.inputFor(first)), race.getCandidates()))
                .isEqualTo(Race.Next.REVOTE);
        assertThat(race.getElected()).containsExactly("甲", "乙");
        assertThat(race.getBallotKind()).isEqualTo(RaceKind.RUN_OFF);
        assertThat(race.getBallotSeats()).isEqualTo(1);
        assertThat(race.getCandidates()).containsExactly("丙", "丁"); // one more than the seat left; 戊 is out

        TallySheet runOff =
                new TallySheet(1000, 650, List.of("丙", "丁"), null, counts("丙", 330, "丁", 310), 650, null, null);
        TallyInput input = race.inputFor(runOff);
        assertThat(input.quorum()).isEqualTo(Quorum.HALF);
        assertThat(race.apply(counter.count(input), input.candidates())).isEqualTo(Race.Next.DONE);
        // 330 of 650 is not more than half of those taking part, but at least a third of the ballots: elected
        assertThat(race.getElected()).containsExactly("甲", "乙", "丙");
        assertThat(race.getUnfilledSeats()).isZero();
    }

    @Test
    void v4_runOffWithoutAThirdLeavesTheSeatVacantAndReported() {
        Race race = Race.start("villageCommittee", RaceKind.COMPETITIVE, 2, 3, 100, List.of("甲", "乙", "丙"), null)
                .withQuorum(Quorum.HALF);
        race.apply(
                counter.count(race.inputFor(new TallySheet(
                        100, 90, race.getCandidates(), null, counts("甲", 80, "乙", 40, "丙", 30), 90, null, null))),
                race.getCandidates());
        assertThat(race.getCandidates()).containsExactly("乙", "丙");
        TallySheet runOff = new TallySheet(100, 90, List.of("乙", "丙"), null, counts("乙", 29, "丙", 28), 90, null, null);
        TallyResult result = counter.count(race.inputFor(runOff));
        Race.Next next = race.apply(result, List.of("乙", "丙"));
        assertThat(next).isEqualTo(Race.Next.DONE);
        assertThat(race.getUnfilledSeats()).isEqualTo(1);
        assertThat(race.describeNext(next, result)).startsWith("[V4]");
    }
}
