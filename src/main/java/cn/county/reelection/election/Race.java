package cn.county.reelection.election;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One election (a race) over its ballots: the first ballot, re-votes among candidates tied at
 * the last seat, and further ballots for seats left unfilled.
 *
 * <ul>
 *   <li>R6: a tie at the last seat is re-voted among the tied candidates only, most votes wins
 *       ({@link RaceKind#TIE_BREAK}).
 *   <li>R6 (choice): seats left unfilled go to a further ballot among the not-elected candidates
 *       for the remaining seats, at most {@value #MAX_FURTHER_BALLOTS} such ballots; then the race
 *       ends and the unfilled seats are reported.
 *   <li>R6, R10: an invalid ballot (no quorum, more ballots than voters) is held again.
 *   <li>V4 (a race under {@link Quorum#HALF}, the village and community law): seats left unfilled go
 *       to 另行选举 ({@link RaceKind#RUN_OFF}) among the first ballot's not-elected candidates with most
 *       votes, one more candidate than seats (those tied at that cut-off included) *(choice: the seed
 *       gives no number; one more than seats, as the provinces' election rules do)*, at most
 *       {@value #MAX_RUN_OFFS} such election *(choice)*; seats still unfilled stay vacant and are reported.
 * </ul>
 *
 * A mutable bean so that it can live in a process variable as JSON.
 */
public class Race {

    public static final int MAX_FURTHER_BALLOTS = 2;
    /** V4 (choice): one 另行选举 for the seats a village or community election left unfilled. */
    public static final int MAX_RUN_OFFS = 1;

    /** What the tellers do next. */
    public enum Next {
        RECORD,
        REVOTE,
        DONE
    }

    private String name;
    private RaceKind kind;
    private int seats;
    private Integer entitled;
    private List<String> eligible;
    private List<String> candidates;
    private List<String> elected = new ArrayList<>();
    private int ballot = 1;
    private int furtherBallots;
    private RaceKind ballotKind;
    private int ballotSeats;
    private Integer ballotMinimumCandidates;
    private boolean revoting;
    private boolean finished;
    private int unfilledSeats;
    private Quorum quorum;
    /** The rule a first ballot's candidate list comes from: R5 for the nominee lists, R7/R8 for the posts' nominees. */
    private String candidateRule;

    public Race() {}

    /**
     * @param candidates the list the first ballot must carry, or null when the tally brings it
     * @param eligible the people candidates must come from (null: anyone)
     * @param entitled who should attend, checked against the tally (null: not known)
     */
    public static Race start(
            String name,
            RaceKind kind,
            int seats,
            Integer minimumCandidates,
            Integer entitled,
            List<String> candidates,
            List<String> eligible) {
        Race race = new Race();
        race.name = name;
        race.kind = kind;
        race.seats = seats;
        race.entitled = entitled;
        race.candidates = candidates == null ? null : List.copyOf(candidates);
        race.eligible = eligible == null ? null : List.copyOf(eligible);
        race.ballotKind = kind;
        race.ballotSeats = seats;
        race.ballotMinimumCandidates = minimumCandidates;
        return race;
    }

    /** The counting input of the current ballot; rejects a sheet that does not belong to it. */
    public TallyInput inputFor(TallySheet given) {
        TallySheet sheet = given.normalised();
        if (sheet.candidates() == null && candidates != null) {
            sheet = sheet.withCandidates(candidates); // the race knows its list; a sheet of ballots need not repeat it
        }
        if (entitled != null && sheet.entitled() != null && !entitled.equals(sheet.entitled())) {
            throw new TallyInputException("entitled", "R6", "应到人数应为%d，登记为%d".formatted(entitled, sheet.entitled()));
        }
        if (sheet.candidates() != null) {
            Set<String> named = new HashSet<>(sheet.candidates());
            if (candidates != null && !named.equals(new HashSet<>(candidates))) {
                throw new TallyInputException(
                        "candidates",
                        ballotKind == RaceKind.TIE_BREAK ? "R6" : candidateRule != null ? candidateRule : "R5",
                        "本轮候选人应为：" + String.join("、", candidates));
            }
            if (eligible != null && !new HashSet<>(eligible).containsAll(named)) {
                List<String> outsiders = sheet.candidates().stream()
                        .filter(c -> !eligible.contains(c))
                        .toList();
                throw new TallyInputException(
                        "candidates", "R7", "候选人须从当选委员中产生：" + String.join("、", outsiders) + "不是当选委员");
            }
        }
        return sheet.toInput(ballotKind, ballotSeats, ballotMinimumCandidates).withQuorum(Quorum.orDefault(quorum));
    }

    /** The same race, its candidate list checked under {@code rule} (R7, R8: the approved nominees for the posts). */
    public Race withCandidateRule(String rule) {
        this.candidateRule = rule;
        return this;
    }

    /** The same race counted under {@code quorum} (V4's half for village and community elections). */
    public Race withQuorum(Quorum quorum) {
        this.quorum = quorum;
        return this;
    }

    /** Takes a counted ballot and says what comes next. */
    public Next apply(TallyResult result, List<String> ballotCandidates) {
        if (!result.valid()) {
            return revoting ? Next.REVOTE : Next.RECORD;
        }
        if (candidates == null) {
            candidates = List.copyOf(ballotCandidates);
        }
        elected.addAll(result.elected());
        int remaining = seats - elected.size();
        ballot++;
        if (result.hasTie()) {
            candidates = List.copyOf(result.tiedForLastSeats());
            ballotKind = RaceKind.TIE_BREAK;
            ballotSeats = remaining;
            ballotMinimumCandidates = null;
            revoting = true;
            return Next.REVOTE;
        }
        if (remaining > 0 && Quorum.orDefault(quorum) == Quorum.HALF) {
            List<CandidateResult> pool = result.results().stream()
                    .filter(r -> !r.elected() && !r.writeIn() && !elected.contains(r.name()))
                    .toList();
            if (furtherBallots < MAX_RUN_OFFS && !pool.isEmpty()) {
                furtherBallots++;
                int cutOff = pool.get(Math.min(remaining, pool.size() - 1)).votes();
                candidates = pool.stream()
                        .filter(r -> r.votes() >= cutOff)
                        .map(CandidateResult::name)
                        .toList();
                ballotKind = RaceKind.RUN_OFF;
                ballotSeats = remaining;
                ballotMinimumCandidates = null;
                revoting = true;
                return Next.REVOTE;
            }
            unfilledSeats = remaining;
        } else if (remaining > 0) {
            Set<String> pool = new LinkedHashSet<>(result.notElected());
            pool.removeAll(elected);
            if (furtherBallots < MAX_FURTHER_BALLOTS && !pool.isEmpty()) {
                furtherBallots++;
                candidates = List.copyOf(pool);
                boolean competitive = pool.size() > remaining;
                ballotKind = competitive ? RaceKind.COMPETITIVE : RaceKind.NON_COMPETITIVE;
                ballotSeats = competitive ? remaining : pool.size();
                ballotMinimumCandidates = competitive ? remaining + 1 : null;
                revoting = true;
                return Next.REVOTE;
            }
            unfilledSeats = remaining;
        }
        finished = true;
        return Next.DONE;
    }

    /** One line for the people at the table: why the ballot comes back, or what the next one is. */
    public String describeNext(Next next, TallyResult result) {
        List<String> reasons = result.problems().stream()
                .map(p -> "[" + p.rule() + "] " + p.message())
                .toList();
        return switch (next) {
            case RECORD -> "本次投票无效，请重新投票后登记：" + String.join("；", reasons);
            case REVOTE ->
                (result.valid() ? "" : "本次投票无效：" + String.join("；", reasons) + "。")
                        + "请进行第%d次投票：在%s中选%d名（%s）"
                                .formatted(ballot, String.join("、", candidates), ballotSeats, ballotKindLabel());
            case DONE ->
                unfilledSeats > 0
                        ? "[%s] 经%d轮另行投票仍有%d个名额未选满，已记录并报告"
                                .formatted(Quorum.orDefault(quorum).rule(), furtherBallots, unfilledSeats)
                        : null;
        };
    }

    private String ballotKindLabel() {
        return switch (ballotKind) {
            case TIE_BREAK -> "票数相等者重新投票，得票多者当选";
            case COMPETITIVE -> "差额另行选举";
            case NON_COMPETITIVE -> "等额另行选举";
            case RUN_OFF -> "另行选举，得票多者当选，但得票不得少于已投选票数的三分之一";
        };
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RaceKind getKind() {
        return kind;
    }

    public void setKind(RaceKind kind) {
        this.kind = kind;
    }

    public int getSeats() {
        return seats;
    }

    public void setSeats(int seats) {
        this.seats = seats;
    }

    public Integer getEntitled() {
        return entitled;
    }

    public void setEntitled(Integer entitled) {
        this.entitled = entitled;
    }

    public List<String> getEligible() {
        return eligible;
    }

    public void setEligible(List<String> eligible) {
        this.eligible = eligible;
    }

    public List<String> getCandidates() {
        return candidates;
    }

    public void setCandidates(List<String> candidates) {
        this.candidates = candidates;
    }

    public List<String> getElected() {
        return elected;
    }

    public void setElected(List<String> elected) {
        this.elected = new ArrayList<>(elected);
    }

    public int getBallot() {
        return ballot;
    }

    public void setBallot(int ballot) {
        this.ballot = ballot;
    }

    public int getFurtherBallots() {
        return furtherBallots;
    }

    public void setFurtherBallots(int furtherBallots) {
        this.furtherBallots = furtherBallots;
    }

    public RaceKind getBallotKind() {
        return ballotKind;
    }

    public void setBallotKind(RaceKind ballotKind) {
        this.ballotKind = ballotKind;
    }

    public int getBallotSeats() {
        return ballotSeats;
    }

    public void setBallotSeats(int ballotSeats) {
        this.ballotSeats = ballotSeats;
    }

    public Integer getBallotMinimumCandidates() {
        return ballotMinimumCandidates;
    }

    public void setBallotMinimumCandidates(Integer ballotMinimumCandidates) {
        this.ballotMinimumCandidates = ballotMinimumCandidates;
    }

    public boolean isRevoting() {
        return revoting;
    }

    public void setRevoting(boolean revoting) {
        this.revoting = revoting;
    }

    public boolean isFinished() {
        return finished;
    }

    public void setFinished(boolean finished) {
        this.finished = finished;
    }

    public int getUnfilledSeats() {
        return unfilledSeats;
    }

    public void setUnfilledSeats(int unfilledSeats) {
        this.unfilledSeats = unfilledSeats;
    }

    public Quorum getQuorum() {
        return quorum;
    }

    public void setQuorum(Quorum quorum) {
        this.quorum = quorum;
    }

    public String getCandidateRule() {
        return candidateRule;
    }

    public void setCandidateRule(String candidateRule) {
        this.candidateRule = candidateRule;
    }
}
