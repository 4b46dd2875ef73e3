package cn.county.reelection.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The counting rules R3, R5–R7, R10 at their boundaries. */
class BallotCounterTest {

    private final BallotCounter counter = new BallotCounter();

    private static List<String> names(String prefix, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> prefix + i).toList();
    }

    /** Counts where the i-th candidate gets votes[i]. */
    private static Map<String, Integer> counts(List<String> candidates, int... votes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < votes.length; i++) {
            counts.put(candidates.get(i), votes[i]);
        }
        return counts;
    }

    private TallyResult competitive(int seats, int entitled, int present, List<String> candidates, int... votes) {
        return counter.count(TallyInput.ofCounts(
                RaceKind.COMPETITIVE, seats, null, entitled, present, candidates, counts(candidates, votes), present));
    }

    @Test
    void r3_exactlyFourFifthsPresentIsNoQuorum_oneMoreIs() {
        List<String> c = names("候选", 6);
        TallyResult sixty = competitive(5, 75, 60, c, 50, 50, 50, 50, 50, 1);
        assertThat(sixty.valid()).isFalse();
        assertThat(sixty.elected()).isEmpty();
        assertThat(sixty.problems()).extracting(Problem::rule).containsExactly("R6");
        assertThat(sixty.unfilledSeats()).isEqualTo(5);

        TallyResult sixtyOne = competitive(5, 75, 61, c, 50, 50, 50, 50, 50, 1);
        assertThat(sixtyOne.valid()).isTrue();
        assertThat(sixtyOne.elected()).hasSize(5);
    }

    @Test
    void r3_exactlyHalfTheVotesIsNotElected_oneMoreIs() {
        List<String> c = names("候选", 3);
        TallyResult result = competitive(2, 70, 70, c, 35, 36, 10);
        assertThat(result.elected()).containsExactly("候选2");
        assertThat(result.unfilledSeats()).isEqualTo(1);
        assertThat(result.results())
                .filteredOn(r -> r.name().equals("候选1"))
                .extracting(CandidateResult::elected)
                .containsExactly(false);
    }

    @Test
    void r3_mostVotesWinWhenMoreQualifyThanSeats() {
        List<String> c = names("候选", 3);
        TallyResult result = competitive(2, 70, 70, c, 40, 55, 45);
        assertThat(result.elected()).containsExactly("候选2", "候选3");
        assertThat(result.results()).extracting(CandidateResult::name).containsExactly("候选2", "候选3", "候选1");
    }

    @Test
    void r3_marginOfTwentyPercentIsRoundedUp() {
        assertThat(ElectionRules.minimumCandidatesWithMargin(5)).isEqualTo(6);
        assertThat(ElectionRules.minimumCandidatesWithMargin(7)).isEqualTo(9);
        assertThat(ElectionRules.minimumCandidatesWithMargin(8)).isEqualTo(10);
        assertThat(ElectionRules.minimumCandidatesWithMargin(10)).isEqualTo(12);
        assertThat(ElectionRules.minimumCandidatesWithMargin(11)).isEqualTo(14);
        List<String> eight = names("候选", 9);
        TallyResult nineForEight =
                counter.count(TallyInput.ofCounts(RaceKind.COMPETITIVE, 8, null, 40, 40, eight, Map.of(), 40));
        assertThat(nineForEight.valid()).isFalse();
        assertThat(nineForEight.problems()).extracting(Problem::rule).containsExactly("R3");
    }

    @Test
    void r5_thirteenForElevenIsValid_twelveForElevenIsNot() {
        TallyInput thirteen = TallyInput.ofCounts(RaceKind.COMPETITIVE, 11, 13, 75, 70, names("委员", 13), Map.of(), 70);
        assertThat(counter.count(thirteen).valid()).isTrue();
        TallyResult twelve =
                counter.count(TallyInput.ofCounts(RaceKind.COMPETITIVE, 11, 13, 75, 70, names("委员", 12), Map.of(), 70));
        assertThat(twelve.valid()).isFalse();
        assertThat(twelve.problems()).extracting(Problem::rule).containsExactly("R3");
    }

    @Test
    void r5_sixForFiveIsValid_fiveForFiveCompetitiveIsNot() {
        assertThat(counter.count(TallyInput.ofCounts(RaceKind.COMPETITIVE, 5, 6, 75, 70, names("纪委", 6), Map.of(), 70))
                        .valid())
                .isTrue();
        assertThat(counter.count(TallyInput.ofCounts(RaceKind.COMPETITIVE, 5, 6, 75, 70, names("纪委", 5), Map.of(), 70))
                        .valid())
                .isFalse();
    }

    @Test
    void r7_nonCompetitiveNeedsExactlyAsManyCandidatesAsSeats() {
        List<String> three = names("书记", 3);
        TallyResult ok = counter.count(
                TallyInput.ofCounts(RaceKind.NON_COMPETITIVE, 3, null, 75, 70, three, counts(three, 60, 50, 36), 70));
        assertThat(ok.elected()).containsExactly("书记1", "书记2", "书记3");
        TallyResult four = counter.count(
                TallyInput.ofCounts(RaceKind.NON_COMPETITIVE, 3, null, 75, 70, names("书记", 4), Map.of(), 70));
        assertThat(four.valid()).isFalse();
        assertThat(four.problems()).extracting(Problem::rule).containsExactly("R7");
    }

    @Test
    void r6_tieAtTheLastSeatIsReportedForARevoteAmongTheTied() {
        List<String> c = names("候选", 4);
        TallyResult result = competitive(2, 70, 70, c, 50, 40, 40, 10);
        assertThat(result.valid()).isTrue();
        assertThat(result.elected()).containsExactly("候选1");
        assertThat(result.tiedForLastSeats()).containsExactly("候选2", "候选3");
        assertThat(result.unfilledSeats()).isZero();
        assertThat(result.problems()).extracting(Problem::rule).containsExactly("R6");
    }

    @Test
    void r6_tieBreakElectsTheMostVotesWithoutAMajority() {
        List<String> tied = List.of("候选2", "候选3");
        TallyResult result =
                counter.count(TallyInput.ofCounts(RaceKind.TIE_BREAK, 1, null, 75, 70, tied, counts(tied, 20, 25), 70));
        assertThat(result.elected()).containsExactly("候选3");
        assertThat(result.hasTie()).isFalse();
    }

    @Test
    void r6_tieNotAtTheCutOffElectsBoth() {
        List<String> c = names("候选", 3);
        TallyResult result = competitive(2, 70, 70, c, 50, 50, 40);
        assertThat(result.elected()).containsExactly("候选1", "候选2");
        assertThat(result.tiedForLastSeats()).isEmpty();
    }

    @Test
    void r6_seatsLeftUnfilledWhenTooFewReachAMajority() {
        List<String> c = names("委员", 13);
        TallyResult result = counter.count(TallyInput.ofCounts(
                RaceKind.COMPETITIVE,
                11,
                13,
                75,
                70,
                c,
                counts(c, 60, 60, 60, 60, 60, 60, 60, 60, 60, 35, 35, 35, 35),
                70));
        assertThat(result.elected()).hasSize(9);
        assertThat(result.unfilledSeats()).isEqualTo(2);
        assertThat(result.notElected()).containsExactly("委员10", "委员11", "委员12", "委员13");
    }

    @Test
    void r10_ballotMarkingMoreNamesThanSeatsIsVoid_blankBallotCountsAsCast() {
        List<String> c = names("候选", 3);
        List<List<String>> ballots = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ballots.add(List.of("候选1", "候选2"));
        }
        ballots.add(List.of("候选1", "候选2", "候选3")); // three names for two seats: void
        ballots.add(List.of()); // blank
        TallyResult result = counter.count(TallyInput.ofBallots(RaceKind.COMPETITIVE, 2, 3, 10, 9, c, ballots));
        assertThat(result.ballotsCast()).isEqualTo(8);
        assertThat(result.ballotsVoid()).isEqualTo(1);
        assertThat(result.results()).extracting(CandidateResult::votes).containsExactly(6, 6, 0);
        assertThat(result.elected()).containsExactly("候选1", "候选2");
    }

    @Test
    void r10_nameMarkedTwiceOnOneBallotCountsOnce() {
        List<String> c = names("候选", 3);
        TallyResult result = counter.count(TallyInput.ofBallots(
                RaceKind.COMPETITIVE,
                2,
                3,
                4,
                4,
                c,
                List.of(List.of("候选1", " 候选1 "), List.of("候选1"), List.of("候选1"), List.of())));
        assertThat(result.results().get(0).votes()).isEqualTo(3);
        assertThat(result.ballotsVoid()).isZero();
    }

    @Test
    void r10_writeInCountsForThatPersonAndCanBeElected() {
        List<String> c = names("候选", 3);
        List<List<String>> ballots = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ballots.add(List.of("候选1", "王五"));
        }
        ballots.add(List.of("候选2"));
        ballots.add(List.of("候选3"));
        TallyResult result = counter.count(TallyInput.ofBallots(RaceKind.COMPETITIVE, 2, 3, 10, 10, c, ballots));
        assertThat(result.elected()).containsExactly("候选1", "王五");
        assertThat(result.results())
                .filteredOn(CandidateResult::writeIn)
                .extracting(CandidateResult::name, CandidateResult::votes)
                .containsExactly(Tuple.tuple("王五", 8));
        assertThat(result.notElected()).containsExactly("候选2", "候选3");
    }

    @Test
    void r10_moreBallotsThanVotersPresentVoidsTheBallot() {
        List<String> c = names("候选", 3);
        TallyResult result =
                counter.count(TallyInput.ofCounts(RaceKind.COMPETITIVE, 2, null, 75, 70, c, counts(c, 60, 60, 10), 71));
        assertThat(result.valid()).isFalse();
        assertThat(result.elected()).isEmpty();
        assertThat(result.problems()).extracting(Problem::rule).containsExactly("R10");
    }

    @Test
    void r10_countsAndBallotsGiveTheSameResult() {
        List<String> c = names("候选", 4);
        Random random = new Random(7);
        List<List<String>> ballots = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        int voided = 0;
        for (int i = 0; i < 60; i++) {
            List<String> ballot = c.stream().filter(n -> random.nextInt(3) > 0).toList();
            ballots.add(ballot);
            if (ballot.size() > 3) {
                voided++;
            } else {
                ballot.forEach(n -> counts.merge(n, 1, Integer::sum));
            }
        }
        TallyResult byBallots = counter.count(TallyInput.ofBallots(RaceKind.COMPETITIVE, 3, 4, 62, 60, c, ballots));
        TallyResult byCounts =
                counter.count(new TallyInput(RaceKind.COMPETITIVE, 3, 4, 62, 60, c, null, counts, 60, voided));
        assertThat(byCounts.results()).isEqualTo(byBallots.results());
        assertThat(byCounts.elected()).isEqualTo(byBallots.elected());
        assertThat(byCounts.ballotsVoid()).isEqualTo(byBallots.ballotsVoid());
    }

    @Test
    void r10_tenThousandBallotsAgreeWithAnIndependentCount() {
        List<String> c = names("候选", 12);
        Random random = new Random(2026);
        List<List<String>> ballots = new ArrayList<>();
        Map<String, Integer> expected = new HashMap<>();
        int voided = 0;
        for (int i = 0; i < 10_000; i++) {
            List<String> ballot = new ArrayList<>();
            for (String name : c) {
                if (random.nextInt(100) < 70) {
                    ballot.add(name);
                }
            }
            if (random.nextInt(50) == 0) {
                ballot.add("另选" + random.nextInt(3));
            }
            ballots.add(ballot);
            if (ballot.size() > 10) {
                voided++;
            } else {
                ballot.forEach(n -> expected.merge(n, 1, Integer::sum));
            }
        }
        TallyResult result =
                counter.count(TallyInput.ofBallots(RaceKind.COMPETITIVE, 10, 12, 10_500, 10_000, c, ballots));
        assertThat(result.ballotsVoid()).isEqualTo(voided);
        result.results().forEach(r -> assertThat(r.votes()).as(r.name()).isEqualTo(expected.getOrDefault(r.name(), 0)));
    }

    @Test
    void r6_impossibleInputNamesTheField() {
        List<String> c = names("候选", 3);
        assertField(new TallyInput(null, 2, null, 10, 9, c, List.of(), null, null, null), "kind");
        assertField(new TallyInput(RaceKind.COMPETITIVE, 0, null, 10, 9, c, List.of(), null, null, null), "seats");
        assertField(new TallyInput(RaceKind.COMPETITIVE, 2, null, 10, 11, c, List.of(), null, null, null), "present");
        assertField(new TallyInput(RaceKind.COMPETITIVE, 2, null, 10, -1, c, List.of(), null, null, null), "present");
        assertField(new TallyInput(RaceKind.COMPETITIVE, 2, null, 0, 0, c, List.of(), null, null, null), "entitled");
        assertField(
                new TallyInput(RaceKind.COMPETITIVE, 2, null, 10, 9, List.of("甲", "甲"), List.of(), null, null, null),
                "candidates");
        assertField(new TallyInput(RaceKind.COMPETITIVE, 2, null, 10, 9, c, null, null, null, null), "ballots");
        assertField(new TallyInput(RaceKind.COMPETITIVE, 2, null, 10, 9, c, List.of(), Map.of(), 9, null), "ballots");
        assertField(
                new TallyInput(RaceKind.COMPETITIVE, 2, null, 10, 9, c, null, Map.of("候选1", -1), 9, null), "counts");
        assertField(
                new TallyInput(RaceKind.COMPETITIVE, 2, null, 10, 9, c, null, Map.of("候选1", 10), 9, null), "counts");
        assertField(
                new TallyInput(RaceKind.COMPETITIVE, 2, null, 10, 9, c, null, Map.of("候选1", 5), null, null),
                "ballotsCast");
        assertField(
                new TallyInput(RaceKind.COMPETITIVE, 1, null, 10, 9, c, null, Map.of("候选1", 5, "候选2", 5), 9, null),
                "counts");
        assertField(new TallyInput(RaceKind.COMPETITIVE, 2, null, 10, 9, c, null, Map.of(), 9, 10), "ballotsVoid");
    }

    private void assertField(TallyInput input, String field) {
        assertThatThrownBy(() -> counter.count(input))
                .isInstanceOfSatisfying(
                        TallyInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
