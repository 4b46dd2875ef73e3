package cn.county.reelection.village;

import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.congress.BallotRecorder;
import cn.county.reelection.congress.Tellers;
import cn.county.reelection.election.ElectionRules;
import cn.county.reelection.election.Quorum;
import cn.county.reelection.election.Race;
import cn.county.reelection.election.RaceKind;
import cn.county.reelection.election.TallyInput;
import cn.county.reelection.election.TallyResult;
import cn.county.reelection.election.TallySheet;
import cn.county.reelection.process.JsonText;
import cn.county.reelection.process.ProcessInputException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The elections of one village or community with the township's counting code (election/BallotCounter,
 * election/Race):
 *
 * <ul>
 *   <li>{@value #COMMITTEE}: the villagers' committee, 3 to 7 members (the Organic Law), or the residents'
 *       committee, 5 to 9 (V3 amended) — {@link Variant#minSeats()}; more candidates than seats (差额); counted under V4 ({@link Quorum#HALF}): more than
 *       half of those entitled take part, a candidate needs more than half of the votes of those taking part,
 *       unfilled seats go to 另行选举. Those entitled are the registered voters of a village (V1) and of a
 *       community electing at its residents' meeting, and the residents' representatives (V7) of a community
 *       electing at its representatives meeting (V3 amended, {@link ElectionMeeting}).
 *   <li>{@value #BRANCH}: the Party branch committee, elected by the members' meeting after the township
 *       approves the candidates of the two recommendations (两推一选, 篇三); quorum and majority as R3 (four
 *       fifths, more than half of those present), candidates at least 20% more than seats (R3).
 *   <li>{@value #SECRETARY}: the branch secretary, elected directly by the same members' meeting
 *       (双直选差额, 篇四) from the elected branch members, at least two candidates *(choice)*.
 *   <li>{@value #DEPUTY_SECRETARY}: then the branch's deputy secretary (V10), in the same way, from the elected
 *       branch members other than the secretary *(choice: at least two candidates while two are left)*.
 * </ul>
 *
 * <p>The branch is elected after the committee (V10, 先村后支); every counted ballot of a village is kept in the
 * township's record of ballots ({@code congress/RaceRecord}, V11).
 */
@Service
@Transactional
public class VillageElectionService {

    public static final String COMMITTEE = RaceName.VILLAGE_COMMITTEE;
    public static final String BRANCH = RaceName.BRANCH_COMMITTEE;
    public static final String SECRETARY = RaceName.BRANCH_SECRETARY;
    public static final String DEPUTY_SECRETARY = RaceName.BRANCH_DEPUTY_SECRETARY;
    /** V10: the members' meeting's races, in order (process variable {@code branchRaces}). */
    public static final List<String> BRANCH_RACES = List.of(BRANCH, SECRETARY, DEPUTY_SECRETARY);
    /** The Party branch committee's seats *(choice: as a villagers' committee, 3 to 7)*. */
    public static final int MIN_BRANCH = 3;

    public static final int MAX_BRANCH = 7;
    static final Set<String> POSTS = Set.of("CHAIR", "DEPUTY", "MEMBER");

    /** What counting one ballot gave. */
    public record Counted(Race race, Race.Next next, String lastProblem) {}

    private final VillageRepository villages;
    private final RegisterService register;
    private final ObjectMapper mapper;
    private final BallotRecorder ballots;

    public VillageElectionService(
            VillageRepository villages, RegisterService register, ObjectMapper mapper, BallotRecorder ballots) {
        this.ballots = ballots;
        this.villages = villages;
        this.register = register;
        this.mapper = mapper;
    }

    /** V3 差额: the committee's ballot needs more candidates than seats. */
    public static int minimumCommitteeCandidates(int seats) {
        return seats + 1;
    }

    /** R3: the branch's ballot needs at least 20% more candidates than seats, and at least one more. */
    public static int minimumBranchCandidates(int seats) {
        return Math.max(ElectionRules.minimumCandidatesWithMargin(seats), seats + 1);
    }

    /** The race as people name it, e.g. 村民委员会成员 for {@value #COMMITTEE} of a village. */
    public static String raceLabel(String race, Variant variant) {
        return switch (race) {
            case COMMITTEE -> variant.committee() + "成员";
            case BRANCH -> "党支部委员";
            case SECRETARY -> "党支部书记";
            case DEPUTY_SECRETARY -> "党支部副书记";
            default -> race;
        };
    }

    /** V3: checks and keeps the committee's nominees. */
    public void recordCommitteeCandidates(long villageId, List<Candidate> candidates, int seats) {
        Village village = villages.findById(villageId).orElseThrow();
        Variant variant = village.getVariant();
        if (seats < variant.minSeats() || seats > variant.maxSeats()) {
            throw new ProcessInputException(
                    "V3",
                    "committeeSeats",
                    "%s应选名额应在%d到%d名之间，现为%d"
                            .formatted(variant.committee(), variant.minSeats(), variant.maxSeats(), seats));
        }
        check(candidates, "committeeCandidates", true);
        if (candidates.size() < minimumCommitteeCandidates(seats)) {
            throw new ProcessInputException(
                    "V3", "committeeCandidates", "差额选举：候选人（%d名）应多于应选名额（%d名）".formatted(candidates.size(), seats));
        }
        if (candidates.stream().noneMatch(c -> "CHAIR".equals(c.post()))) {
            throw new ProcessInputException("V3", "committeeCandidates", "至少要有一名主任候选人（post为CHAIR）");
        }
        village.setCommitteeCandidatesJson(json(candidates));
    }

    /** 两推一选: checks the branch nominees against the seats (R3: at least 20% more). */
    public void checkBranchCandidates(List<Candidate> candidates, int seats, int members) {
        if (seats < MIN_BRANCH || seats > MAX_BRANCH) {
            throw new ProcessInputException(
                    "R3", "branchSeats", "支部委员名额应在%d到%d名之间，现为%d".formatted(MIN_BRANCH, MAX_BRANCH, seats));
        }
        if (members < seats) {
            throw new ProcessInputException("R3", "partyMembers", "党员人数（%d）不能少于支部委员名额（%d）".formatted(members, seats));
        }
        check(candidates, "branchCandidates", false);
        int minimum = minimumBranchCandidates(seats);
        if (candidates.size() < minimum) {
            throw new ProcessInputException(
                    "R3",
                    "branchCandidates",
                    "差额选举：应选%d名，候选人应不少于%d名，现为%d名".formatted(seats, minimum, candidates.size()));
        }
    }

    private static void check(List<Candidate> candidates, String field, boolean posts) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            String at = field + "[" + i + "]";
            if (c == null || c.name() == null || c.name().isBlank()) {
                throw new ProcessInputException("V3", at + ".name", "姓名必须填写");
            }
            if (!names.add(c.name().trim())) {
                throw new ProcessInputException(
                        "V3", at + ".name", "候选人重复：" + c.name().trim());
            }
            if (!"M".equals(c.gender()) && !"F".equals(c.gender())) {
                throw new ProcessInputException("V8", at + ".gender", "性别应为M或F");
            }
            if (posts && !POSTS.contains(c.post())) {
                throw new ProcessInputException("V3", at + ".post", "职位应为CHAIR（主任）、DEPUTY（副主任）或MEMBER（委员）");
            }
        }
    }

    /**
     * The first ballot of a race of this village.
     *
     * @param seats the committee's or the branch's seats (unused for the secretary)
     * @param partyMembers members of the branch entitled to vote (branch races)
     * @param branchCandidates the approved branch nominees (branch committee race)
     */
    public Race startRace(long villageId, String name, int seats, int partyMembers, List<Candidate> branchCandidates) {
        Village village = villages.findById(villageId).orElseThrow();
        return switch (name) {
            case COMMITTEE -> {
                List<Candidate> candidates = candidates(village);
                int entitled = village.representativesElect()
                        ? village.getRepresentatives()
                        : (int) register.voterCount(villageId);
                yield Race.start(
                                name,
                                RaceKind.COMPETITIVE,
                                seats,
                                minimumCommitteeCandidates(seats),
                                entitled,
                                candidates.stream().map(Candidate::name).toList(),
                                null)
                        .withQuorum(Quorum.HALF);
            }
            case BRANCH ->
                Race.start(
                        name,
                        RaceKind.COMPETITIVE,
                        seats,
                        ElectionRules.minimumCandidatesWithMargin(seats),
                        partyMembers,
                        branchCandidates.stream().map(Candidate::name).toList(),
                        null);
            case SECRETARY ->
                Race.start(
                        name,
                        RaceKind.COMPETITIVE,
                        1,
                        2,
                        partyMembers,
                        null,
                        races(village).get(BRANCH).getElected());
            case DEPUTY_SECRETARY -> {
                Map<String, Race> done = races(village);
                List<String> eligible = new ArrayList<>(done.get(BRANCH).getElected());
                if (done.get(SECRETARY) != null) {
                    eligible.removeAll(done.get(SECRETARY).getElected());
                }
                yield Race.start(
                        name,
                        RaceKind.COMPETITIVE,
                        1,
                        Math.max(1, Math.min(2, eligible.size())),
                        partyMembers,
                        null,
                        eligible);
            }
            default -> throw new IllegalArgumentException("unknown village race " + name);
        };
    }

    /**
     * Counts one ballot and keeps it in the township's record of ballots (V11, as congress/RaceService does); a finished
     * race is also kept on the village. Impossible input is a {@link ProcessInputException}.
     */
    public Counted count(long villageId, Race race, TallySheet sheet, Tellers tellers, String recordedBy, Instant now) {
        BallotRecorder.Recorded counted = ballots.count(null, villageId, null, race, sheet, tellers, recordedBy, now);
        Race.Next next = counted.next();
        TallyResult result = counted.result();
        TallyInput input = counted.input();
        int ballot = counted.ballot();
        Village village = villages.findById(villageId).orElseThrow();
        if (COMMITTEE.equals(race.getName()) && ballot == 1 && result.valid()) {
            village.setTookPart(input.present());
        }
        if (next == Race.Next.DONE) {
            Map<String, Race> races = races(village);
            races.put(race.getName(), race);
            village.setRacesJson(json(races));
        }
        return new Counted(race, next, race.describeNext(next, result));
    }

    /** V8: the outcome of a village whose elections are done. */
    public VillageOutcome outcome(long villageId, int groupLeaders) {
        Village village = villages.findById(villageId).orElseThrow();
        Map<String, Race> races = races(village);
        Race committee = races.get(COMMITTEE);
        Map<String, Candidate> nominees = new LinkedHashMap<>();
        candidates(village).forEach(c -> nominees.put(c.name(), c));
        List<VillageOutcome.Member> members = committee.getElected().stream()
                .map(n -> new VillageOutcome.Member(
                        n, nominees.containsKey(n) ? nominees.get(n).gender() : null))
                .toList();
        // choice: the chair is the first elected nominee for chair (most votes first)
        String chair = committee.getElected().stream()
                .filter(n -> nominees.containsKey(n)
                        && "CHAIR".equals(nominees.get(n).post()))
                .findFirst()
                .orElse(null);
        Race branch = races.get(BRANCH);
        Race secretary = races.get(SECRETARY);
        Race deputy = races.get(DEPUTY_SECRETARY);
        VillageOutcome outcome = new VillageOutcome(
                village.getCode(),
                village.getName(),
                village.getVariant(),
                members,
                chair,
                branch == null ? List.of() : branch.getElected(),
                secretary == null || secretary.getElected().isEmpty()
                        ? null
                        : secretary.getElected().get(0),
                deputy == null || deputy.getElected().isEmpty()
                        ? null
                        : deputy.getElected().get(0),
                committee.getFurtherBallots() > 0,
                committee.getUnfilledSeats(),
                committee.getEntitled() == null ? 0 : committee.getEntitled(),
                village.getTookPart(),
                village.getHouseholds(),
                village.getRepresentatives(),
                groupLeaders);
        village.setOutcomeJson(json(outcome));
        return outcome;
    }

    public List<Candidate> candidates(Village village) {
        return village.getCommitteeCandidatesJson() == null
                ? List.of()
                : read(village.getCommitteeCandidatesJson(), new TypeReference<>() {});
    }

    Map<String, Race> races(Village village) {
        return village.getRacesJson() == null
                ? new LinkedHashMap<>()
                : read(village.getRacesJson(), new TypeReference<LinkedHashMap<String, Race>>() {});
    }

    public VillageOutcome readOutcome(Village village) {
        return village.getOutcomeJson() == null ? null : read(village.getOutcomeJson(), new TypeReference<>() {});
    }

    private <T> T read(Object json, TypeReference<T> type) {
        return JsonText.read(mapper, json.toString(), type);
    }

    String json(Object value) {
        return JsonText.write(mapper, value);
    }
}
