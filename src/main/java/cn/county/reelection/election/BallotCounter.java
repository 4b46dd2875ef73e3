package cn.county.reelection.election;

import cn.county.reelection.text.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts one ballot by the rules; stateless and thread-safe.
 *
 * <ul>
 *   <li>R3/R6 quorum: strictly more than four fifths of those entitled present; V4 (village and
 *       community elections, {@link Quorum#HALF}): strictly more than half take part.
 *   <li>R3/R6/R7 majority: yes votes from strictly more than half of those present; seats go by most votes.
 *   <li>R3, R5, R7, R9 candidate count: at least the minimum (≥20% margin by default) and more than the
 *       seats for a competitive race; exactly the seats for a non-competitive one.
 *   <li>V4 另行选举 ({@link RaceKind#RUN_OFF}): most votes win with at least one third of the ballots cast.
 *   <li>R6 tie at the last seat: reported for a re-vote among the tied; unfilled seats reported.
 *   <li>R10 ballots: more ballots than voters voids the whole ballot; a ballot marking more names than
 *       seats is void; a blank ballot counts as cast; a name off the list is a write-in for that person.
 *   <li>Impossible input is refused ({@link TallyInputException}), names included: a name is letters,
 *       digits, ·, brackets, hyphens and spaces ({@link Names}).
 * </ul>
 */
public final class BallotCounter {

    /** Most names a tally may list (candidates, or names with votes): far above any race of DOMAIN.md. */
    public static final int MAX_NAMES = 1000;

    public TallyResult count(TallyInput in) {
        validate(in);
        List<String> candidates = in.candidates().stream().map(String::trim).toList();
        int ballotsCast = in.ballots() != null ? in.ballots().size() : in.ballotsCast();

        List<Problem> invalid = new ArrayList<>();
        if (ballotsCast > in.present()) {
            invalid.add(new Problem("R10", "收回选票%d张，多于实到人数%d，本次选举无效，应重新投票".formatted(ballotsCast, in.present())));
        }
        Quorum quorum = Quorum.orDefault(in.quorum());
        if (!quorum.isMet(in.entitled(), in.present())) {
            invalid.add(new Problem(
                    quorum.rule(),
                    quorum == Quorum.HALF
                            ? "参加投票%d人，未超过应参加%d人的半数，选举无效".formatted(in.present(), in.entitled())
                            : "实到%d人，未超过应到%d人的五分之四，会议无效".formatted(in.present(), in.entitled())));
        }
        candidateCountProblem(in, candidates.size()).ifPresent(invalid::add);
        if (!invalid.isEmpty()) {
            return new TallyResult(false, invalid, ballotsCast, 0, List.of(), List.of(), List.of(), in.seats());
        }

        Map<String, Integer> votes = new LinkedHashMap<>();
        candidates.forEach(name -> votes.put(name, 0));
        Set<String> listed = new HashSet<>(candidates);
        int ballotsVoid;
        if (in.ballots() != null) {
            ballotsVoid = 0;
            for (List<String> ballot : in.ballots()) {
                Set<String> marked = new LinkedHashSet<>();
                for (String name : ballot) {
                    if (name != null && !name.isBlank()) {
                        marked.add(name.trim());
                    }
                }
                if (marked.size() > in.seats()) {
                    ballotsVoid++; // R10: more names than seats
                    continue;
                }
                marked.forEach(name -> votes.merge(name, 1, Integer::sum));
            }
        } else {
            ballotsVoid = in.ballotsVoid() == null ? 0 : in.ballotsVoid();
            in.counts().forEach((name, n) -> votes.merge(name.trim(), n, Integer::sum));
        }

        List<Map.Entry<String, Integer>> ranked = new ArrayList<>();
        votes.forEach((name, n) -> {
            if (listed.contains(name) || n > 0) {
                ranked.add(Map.entry(name, n));
            }
        });
        // stable sort: listed candidates keep list order, write-ins follow in order of appearance
        ranked.sort(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue())
                .reversed());

        List<Map.Entry<String, Integer>> qualifiers = ranked.stream()
                .filter(e -> switch (in.kind()) {
                    case TIE_BREAK -> e.getValue() >= 1;
                    case RUN_OFF -> e.getValue() >= 1 && ElectionRules.hasThirdOfBallotsCast(e.getValue(), ballotsCast);
                    default -> ElectionRules.hasMajority(e.getValue(), in.present());
                })
                .toList();
        List<String> elected = new ArrayList<>();
        List<String> tied = new ArrayList<>();
        if (qualifiers.size() <= in.seats()) {
            qualifiers.forEach(e -> elected.add(e.getKey()));
        } else {
            int cutOff = qualifiers.get(in.seats() - 1).getValue();
            if (qualifiers.get(in.seats()).getValue() == cutOff) {
                // R6: those above the cut-off are elected; those on it are re-voted for the seats left
                qualifiers.stream().filter(e -> e.getValue() > cutOff).forEach(e -> elected.add(e.getKey()));
                qualifiers.stream().filter(e -> e.getValue() == cutOff).forEach(e -> tied.add(e.getKey()));
            } else {
                qualifiers.subList(0, in.seats()).forEach(e -> elected.add(e.getKey()));
            }
        }
        int unfilled = tied.isEmpty() ? in.seats() - elected.size() : 0;
        Set<String> electedSet = new HashSet<>(elected);
        List<CandidateResult> results = ranked.stream()
                .map(e -> new CandidateResult(
                        e.getKey(), e.getValue(), !listed.contains(e.getKey()), electedSet.contains(e.getKey())))
                .toList();

        List<Problem> notes = new ArrayList<>();
        if (ballotsVoid > 0) {
            notes.add(new Problem("R10", "%d张选票所选人数多于应选名额，作废".formatted(ballotsVoid)));
        }
        if (!tied.isEmpty()) {
            notes.add(new Problem(
                    "R6", "%s票数相等，争%d个名额，应就票数相等者重新投票".formatted(String.join("、", tied), in.seats() - elected.size())));
        }
        if (unfilled > 0) {
            notes.add(
                    in.kind() == RaceKind.RUN_OFF
                            ? new Problem("V4", "%d个名额未选满（另行选举得票不得少于已投选票%d张的三分之一）".formatted(unfilled, ballotsCast))
                            : new Problem(quorum.rule(), "%d个名额未选满（赞成票须超过实到%d人的半数）".formatted(unfilled, in.present())));
        }
        List<String> writeInsElected = results.stream()
                .filter(r -> r.writeIn() && r.elected())
                .map(CandidateResult::name)
                .toList();
        if (!writeInsElected.isEmpty()) {
            notes.add(new Problem("R10", "另选他人当选：" + String.join("、", writeInsElected)));
        }
        return new TallyResult(true, notes, ballotsCast, ballotsVoid, results, elected, tied, unfilled);
    }

    private static Optional<Problem> candidateCountProblem(TallyInput in, int count) {
        return switch (in.kind()) {
            case COMPETITIVE -> {
                int minimum = Math.max(
                        in.minimumCandidates() != null
                                ? in.minimumCandidates()
                                : ElectionRules.minimumCandidatesWithMargin(in.seats()),
                        in.seats() + 1);
                yield count >= minimum
                        ? Optional.empty()
                        : Optional.of(
                                new Problem("R3", "差额选举应选%d名，候选人应不少于%d名，现为%d名".formatted(in.seats(), minimum, count)));
            }
            case NON_COMPETITIVE ->
                count == in.seats()
                        ? Optional.empty()
                        : Optional.of(new Problem("R7", "等额选举候选人数应等于应选名额%d，现为%d名".formatted(in.seats(), count)));
            case TIE_BREAK ->
                count > in.seats()
                        ? Optional.empty()
                        : Optional.of(new Problem("R6", "重新投票的候选人（%d名）应多于名额（%d个）".formatted(count, in.seats())));
            case RUN_OFF ->
                count >= in.seats()
                        ? Optional.empty()
                        : Optional.of(new Problem("V4", "另行选举的候选人（%d名）不应少于名额（%d个）".formatted(count, in.seats())));
        };
    }

    private static void validate(TallyInput in) {
        if (in.kind() == null) {
            throw new TallyInputException("kind", "R6", "选举方式必须填写（COMPETITIVE、NON_COMPETITIVE、TIE_BREAK或RUN_OFF）");
        }
        if (in.seats() < 1) {
            throw new TallyInputException("seats", "R5", "应选名额至少为1，现为" + in.seats());
        }
        if (in.minimumCandidates() != null && in.minimumCandidates() < 0) {
            throw new TallyInputException("minimumCandidates", "R3", "最少候选人数不能为负数");
        }
        if (in.entitled() < 1) {
            throw new TallyInputException("entitled", "R6", "应到人数至少为1，现为" + in.entitled());
        }
        if (in.present() < 0) {
            throw new TallyInputException("present", "R6", "实到人数不能为负数");
        }
        if (in.present() > in.entitled()) {
            throw new TallyInputException(
                    "present", "R6", "实到人数(%d)不能多于应到人数(%d)".formatted(in.present(), in.entitled()));
        }
        if (in.candidates() == null || in.candidates().isEmpty()) {
            throw new TallyInputException("candidates", "R3", "候选人名单不能为空");
        }
        if (in.candidates().size() > MAX_NAMES) {
            throw new TallyInputException("candidates", "R3", "候选人最多%d名".formatted(MAX_NAMES));
        }
        Set<String> names = new HashSet<>();
        for (String name : in.candidates()) {
            Names.problem(name, Names.PERSON_MAX).ifPresent(problem -> {
                throw new TallyInputException("candidates", "R3", "候选人姓名" + problem);
            });
            if (!names.add(name.trim())) {
                throw new TallyInputException("candidates", "R3", "候选人重复：" + name.trim());
            }
        }
        if ((in.ballots() == null) == (in.counts() == null)) {
            throw new TallyInputException("ballots", "R10", "应提供选票（ballots）或计票结果（counts）其中之一");
        }
        if (in.ballots() != null) {
            for (int i = 0; i < in.ballots().size(); i++) {
                List<String> ballot = in.ballots().get(i);
                if (ballot == null) {
                    throw new TallyInputException("ballots[" + i + "]", "R10", "选票不能为空值（空白票请用[]）");
                }
                String field = "ballots[" + i + "]";
                for (String name : ballot) {
                    if (name != null && !name.isBlank()) {
                        Names.problem(name.trim(), Names.PERSON_MAX).ifPresent(problem -> {
                            throw new TallyInputException(field, "R10", "选票上的姓名" + problem);
                        });
                    }
                }
            }
            return;
        }
        if (in.ballotsCast() == null || in.ballotsCast() < 0) {
            throw new TallyInputException("ballotsCast", "R10", "按计票结果登记时必须填写收回选票数，且不能为负数");
        }
        int cast = in.ballotsCast();
        int voided = in.ballotsVoid() == null ? 0 : in.ballotsVoid();
        if (voided < 0 || voided > cast) {
            throw new TallyInputException("ballotsVoid", "R10", "废票数应在0到收回选票数%d之间".formatted(cast));
        }
        long sum = 0;
        Map<String, Integer> seen = new HashMap<>();
        if (in.counts().size() > MAX_NAMES) {
            throw new TallyInputException("counts", "R10", "得票人最多%d名".formatted(MAX_NAMES));
        }
        for (Map.Entry<String, Integer> e : in.counts().entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank()) {
                throw new TallyInputException("counts", "R10", "得票人姓名不能为空");
            }
            Names.problem(e.getKey().trim(), Names.PERSON_MAX).ifPresent(problem -> {
                throw new TallyInputException("counts", "R10", "得票人姓名" + problem);
            });
            Integer n = e.getValue();
            if (n == null || n < 0) {
                throw new TallyInputException("counts", "R10", "%s的得票数不能为空或负数".formatted(e.getKey()));
            }
            if (n > cast) {
                throw new TallyInputException(
                        "counts", "R10", "%s的得票数%d超过收回选票数%d：得票数不能超过收回选票数".formatted(e.getKey(), n, cast));
            }
            if (seen.put(e.getKey().trim(), n) != null) {
                throw new TallyInputException(
                        "counts", "R10", "得票人重复：" + e.getKey().trim());
            }
            sum += n;
        }
        if (sum > (long) (cast - voided) * in.seats()) {
            throw new TallyInputException(
                    "counts", "R10", "总票数%d超过有效选票%d张×应选名额%d".formatted(sum, cast - voided, in.seats()));
        }
    }
}
