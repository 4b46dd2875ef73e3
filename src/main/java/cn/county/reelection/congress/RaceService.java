package cn.county.reelection.congress;

import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.election.ElectionRules;
import cn.county.reelection.election.Race;
import cn.county.reelection.election.RaceKind;
import cn.county.reelection.election.TallyResult;
import cn.county.reelection.election.TallySheet;
import cn.county.reelection.process.JsonText;
import cn.county.reelection.process.ProcessInputException;
import cn.county.reelection.vetting.ApprovedRecord;
import cn.county.reelection.vetting.ApprovedRecords;
import cn.county.reelection.vetting.Person;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sets up each race of a township and counts its ballots ({@link BallotRecorder}). */
@Service
@Transactional
public class RaceService {

    public record Counted(Race race, Race.Next next, String lastProblem, TallyResult result) {}

    /**
     * R7, R8 (second pass): who stands in a race for posts: the county-approved nominees for the posts (or those the
     * county named in their place), the people they must come from (the committee elected at T7), and which of the
     * candidates are not among those: the ballot cannot be held until the county names a replacement.
     */
    public record PostCandidates(
            String race, String rule, List<Person> candidates, List<String> eligible, List<Person> missing) {

        public List<String> names() {
            return candidates.stream().map(p -> p.name().trim()).toList();
        }

        public boolean ready() {
            return missing.isEmpty();
        }
    }

    /** The races whose candidates are the approved nominees for their posts (R7, R8). */
    public static final List<String> POST_RACES =
            List.of(RaceName.SECRETARY, RaceName.DISCIPLINE_SECRETARY, RaceName.DISCIPLINE_DEPUTY);

    private final RaceRecordRepository records;
    private final TownshipRepository townships;
    private final ApprovedRecords approved;
    private final ObjectMapper mapper;
    private final ElectionMethodRaceRepository methods;
    private final BallotRecorder ballots;

    public RaceService(
            RaceRecordRepository records,
            TownshipRepository townships,
            ApprovedRecords approved,
            ObjectMapper mapper,
            ElectionMethodRaceRepository methods,
            BallotRecorder ballots) {
        this.methods = methods;
        this.ballots = ballots;
        this.records = records;
        this.townships = townships;
        this.approved = approved;
        this.mapper = mapper;
    }

    /**
     * T7/T8 races (R5, R7, R8, R9); the electorate is the delegates elected at T3. Seats and candidates are those
     * the county approved (the T2 plan, the T4 lists).
     */
    public Race startRace(long townshipId, String name) {
        ApprovedRecords.Plan plan = approved.plan(townshipId);
        int delegates = delegatesElected(townshipId);
        return switch (name) {
            case RaceName.COMMITTEE ->
                Race.start(
                        name,
                        RaceKind.COMPETITIVE,
                        plan.committeeSeats(),
                        plan.committeeSeats() + ElectionRules.COMMITTEE_CANDIDATES - ElectionRules.COMMITTEE_SEATS,
                        delegates,
                        nominees(townshipId, ApprovedRecord.Kind.T4_COMMITTEE),
                        null);
            case RaceName.DISCIPLINE ->
                Race.start(
                        name,
                        RaceKind.COMPETITIVE,
                        plan.disciplineSeats(),
                        plan.disciplineSeats() + ElectionRules.DISCIPLINE_CANDIDATES - ElectionRules.DISCIPLINE_SEATS,
                        delegates,
                        nominees(townshipId, ApprovedRecord.Kind.T4_DISCIPLINE),
                        null);
            case RaceName.COUNTY_DELEGATES ->
                Race.start(
                        name,
                        RaceKind.COMPETITIVE,
                        plan.countyDelegateSeats(),
                        countyDelegateCandidates(townshipId, plan.countyDelegateSeats()),
                        delegates,
                        null,
                        null);
            case RaceName.SECRETARY -> {
                PostCandidates posts = readyCandidates(townshipId, name);
                yield Race.start(
                                name,
                                RaceKind.NON_COMPETITIVE,
                                RaceName.SECRETARY_SEATS,
                                null,
                                delegates,
                                posts.names(),
                                posts.eligible())
                        .withCandidateRule(posts.rule());
            }
            // R8: the discipline committee's first plenary, its members the electorate; one seat each
            case RaceName.DISCIPLINE_SECRETARY, RaceName.DISCIPLINE_DEPUTY -> {
                PostCandidates posts = readyCandidates(townshipId, name);
                yield Race.start(
                                name,
                                RaceKind.NON_COMPETITIVE,
                                1,
                                null,
                                posts.eligible().size(),
                                posts.names(),
                                posts.eligible())
                        .withCandidateRule(posts.rule());
            }
            default -> throw new IllegalArgumentException("unknown race " + name);
        };
    }

    /**
     * R9: the county delegates' candidates the election method adopted at T5/T6 names (at least R3's 20% more than
     * seats); an instance that reached T7 before the method was kept uses that least number.
     */
    private int countyDelegateCandidates(long townshipId, int seats) {
        return methods.findByTownshipIdOrderByPosition(townshipId).stream()
                .filter(r -> r.getRace().equals(RaceName.COUNTY_DELEGATES) && r.getSeats() == seats)
                .mapToInt(ElectionMethodRace::getCandidates)
                .findFirst()
                .orElse(ElectionRules.minimumCandidatesWithMargin(seats));
    }

    private PostCandidates readyCandidates(long townshipId, String race) {
        PostCandidates posts = postCandidates(townshipId, race);
        if (!posts.ready()) {
            throw new IllegalStateException(
                    "the county has not named a replacement for " + posts.missing() + " in " + race);
        }
        return posts;
    }

    /**
     * R7, R8: the candidates of a race for posts. The secretary and deputies are the approved committee nominees for
     * those posts, from the committee elected at T7; the discipline secretary and deputy the approved discipline
     * nominees for those posts, from the discipline committee elected at T7. What the county named in their place
     * ({@link ApprovedRecords#namedCandidates}) stands instead.
     */
    @Transactional(readOnly = true)
    public PostCandidates postCandidates(long townshipId, String race) {
        String rule = RaceName.SECRETARY.equals(race) ? "R7" : "R8";
        String from = fromRace(race);
        List<Person> candidates = approved.namedCandidates(townshipId, race).orElseGet(() -> {
            List<Person.Post> posts = postsOf(race);
            List<Person> nominees = approved.list(
                    townshipId,
                    RaceName.SECRETARY.equals(race)
                            ? ApprovedRecord.Kind.T4_COMMITTEE
                            : ApprovedRecord.Kind.T4_DISCIPLINE,
                    null);
            // the secretary before the deputies, as the ballot lists them post by post
            return posts.stream()
                    .flatMap(post -> nominees.stream().filter(p -> p.post() == post))
                    .toList();
        });
        List<String> eligible = electedIn(townshipId, from);
        List<Person> missing = candidates.stream()
                .filter(p -> !eligible.contains(p.name().trim()))
                .toList();
        return new PostCandidates(race, rule, candidates, eligible, missing);
    }

    /** The posts a race fills (R7, R8). */
    public static List<Person.Post> postsOf(String race) {
        return switch (race) {
            case RaceName.SECRETARY -> List.of(Person.Post.SECRETARY, Person.Post.DEPUTY_SECRETARY);
            case RaceName.DISCIPLINE_SECRETARY -> List.of(Person.Post.DISCIPLINE_SECRETARY);
            case RaceName.DISCIPLINE_DEPUTY -> List.of(Person.Post.DISCIPLINE_DEPUTY);
            default -> throw new IllegalArgumentException("no posts for race " + race);
        };
    }

    /**
     * R7, R8 (second pass): the county names who stands in place of a candidate ({@code replacements}: the replaced
     * candidate's name to the replacement's). Each replacement was elected to the committee the race comes from and is
     * not a candidate already; every candidate who was not elected to it is replaced. The replacement takes the
     * replaced one's post; the list is kept as the county named it (R11, who and when; the reason is the county's
     * decision on its task). Impossible input is a {@link ProcessInputException} naming the rule and changes nothing.
     */
    public List<Person> nameCandidates(
            long townshipId,
            String race,
            Map<String, String> replacements,
            String taskKey,
            String namedBy,
            Instant at) {
        PostCandidates posts = postCandidates(townshipId, race);
        String rule = posts.rule();
        if (replacements == null || replacements.isEmpty()) {
            throw new ProcessInputException(
                    rule,
                    "replacements",
                    "请为%s指定替补人选"
                            .formatted(
                                    posts.missing().isEmpty()
                                            ? "未选出的" + RaceName.label(race) + "候选人"
                                            : String.join(
                                                    "、",
                                                    posts.missing().stream()
                                                            .map(Person::name)
                                                            .toList())));
        }
        List<String> current = posts.names();
        for (Person missing : posts.missing()) {
            if (!replacements.containsKey(missing.name().trim())) {
                throw new ProcessInputException(
                        rule,
                        "replacements." + missing.name().trim(),
                        "%s未当选%s，须指定替补人选".formatted(missing.name().trim(), RaceName.label(fromRace(race))));
            }
        }
        Map<String, Person> known = new HashMap<>();
        approved.list(townshipId, ApprovedRecord.Kind.T4_COMMITTEE, null)
                .forEach(p -> known.putIfAbsent(p.name().trim(), p));
        approved.list(townshipId, ApprovedRecord.Kind.T4_DISCIPLINE, null)
                .forEach(p -> known.putIfAbsent(p.name().trim(), p));
        List<Person> named = new ArrayList<>(posts.candidates());
        Set<String> chosen = new HashSet<>();
        for (Map.Entry<String, String> entry : replacements.entrySet()) {
            String replaced = entry.getKey() == null ? "" : entry.getKey().trim();
            String field = "replacements." + replaced;
            int index = current.indexOf(replaced);
            if (index < 0) {
                throw new ProcessInputException(
                        rule,
                        field,
                        "%s不是%s候选人（候选人：%s）".formatted(replaced, RaceName.label(race), String.join("、", current)));
            }
            String replacement =
                    entry.getValue() == null ? "" : entry.getValue().trim();
            if (replacement.isEmpty()) {
                throw new ProcessInputException(rule, field, "请为%s指定替补人选".formatted(replaced));
            }
            if (!posts.eligible().contains(replacement)) {
                throw new ProcessInputException(
                        rule,
                        field,
                        "替补人选%s须是当选的%s（当选：%s）"
                                .formatted(
                                        replacement,
                                        RaceName.label(fromRace(race)),
                                        String.join("、", posts.eligible())));
            }
            if ((current.contains(replacement) && !replacements.containsKey(replacement)) || !chosen.add(replacement)) {
                throw new ProcessInputException(
                        rule, field, "%s已是%s候选人，不能重复".formatted(replacement, RaceName.label(race)));
            }
            Person from = known.get(replacement);
            Person.Post post = posts.candidates().get(index).post();
            named.set(
                    index,
                    from == null
                            ? new Person(replacement, null, null, null, null, null, post)
                            : from.trimmed().withPost(post));
        }
        approved.keepCandidates(townshipId, race, named, taskKey, namedBy, at);
        return named;
    }

    /** The committee a race's candidates come from: the committee (R7) or the discipline committee (R8). */
    public static String fromRace(String race) {
        return RaceName.SECRETARY.equals(race) ? RaceName.COMMITTEE : RaceName.DISCIPLINE;
    }

    /** Counts one ballot of a race and records it; impossible input is a {@link ProcessInputException}. */
    public Counted count(
            long townshipId, String organisationCode, Race race, TallySheet sheet, String recordedBy, Instant now) {
        return count(townshipId, organisationCode, race, sheet, Tellers.NONE, recordedBy, now);
    }

    /** The same, with the ballot's scrutineers and counters (R13): a scrutineer standing in the race is refused. */
    public Counted count(
            long townshipId,
            String organisationCode,
            Race race,
            TallySheet sheet,
            Tellers tellers,
            String recordedBy,
            Instant now) {
        BallotRecorder.Recorded counted = ballots.count(
                townships.getReferenceById(townshipId), null, organisationCode, race, sheet, tellers, recordedBy, now);
        Race.Next next = counted.next();
        TallyResult result = counted.result();
        return new Counted(race, next, race.describeNext(next, result), result);
    }

    /** Delegates elected at T3: the last finished election of each organisation. */
    public int delegatesElected(long townshipId) {
        return electedDelegates(townshipId).values().stream()
                .mapToInt(List::size)
                .sum();
    }

    /** The names elected at T3 per organisation, from each organisation's last finished election (R2, R3). */
    public Map<String, List<String>> electedDelegates(long townshipId) {
        Map<String, List<String>> byOrganisation = new LinkedHashMap<>();
        for (RaceRecord r : records.findByTownshipIdAndRaceAndFinishedTrueOrderById(townshipId, RaceName.DELEGATES)) {
            byOrganisation.put(r.getOrganisationCode(), readNames(r.getRaceElectedJson()));
        }
        return byOrganisation;
    }

    public List<String> electedIn(long townshipId, String race) {
        List<RaceRecord> finished = records.findByTownshipIdAndRaceAndFinishedTrueOrderById(townshipId, race);
        return finished.isEmpty()
                ? List.of()
                : readNames(finished.get(finished.size() - 1).getRaceElectedJson());
    }

    private List<String> nominees(long townshipId, ApprovedRecord.Kind list) {
        return approved.list(townshipId, list, null).stream()
                .map(p -> p.name().trim())
                .toList();
    }

    /** The names of a finished race record's {@code raceElectedJson}. */
    public List<String> names(String raceElectedJson) {
        return readNames(raceElectedJson);
    }

    private List<String> readNames(String json) {
        return List.of(JsonText.read(mapper, json, String[].class));
    }

    /** The counted result a race record keeps ({@code resultJson}). */
    public TallyResult result(String resultJson) {
        return JsonText.read(mapper, resultJson, TallyResult.class);
    }

    private String json(Object value) {
        return JsonText.write(mapper, value);
    }
}
