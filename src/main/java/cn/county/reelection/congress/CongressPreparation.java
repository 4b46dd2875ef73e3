package cn.county.reelection.congress;

import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.election.ElectionRules;
import cn.county.reelection.election.RaceKind;
import cn.county.reelection.process.JsonText;
import cn.county.reelection.process.ProcessInputException;
import cn.county.reelection.vetting.ApprovedRecord;
import cn.county.reelection.vetting.ApprovedRecords;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * T5 and T6 as data: the agenda (议程) and the election method (选举办法) the committee office drafts, the
 * presidium (主席团) and the delegations (代表团分组) the preparation meeting settles. Checked here, kept in the
 * project's tables; the T7 races take their margins from the method, the T9 report lists the presidium.
 */
@Service
@Transactional
public class CongressPreparation {

    /** The races the method names, in the order the congress and the first plenary vote (T7, T8). */
    public static final List<String> RACES = List.of(
            RaceName.COMMITTEE,
            RaceName.DISCIPLINE,
            RaceName.COUNTY_DELEGATES,
            RaceName.SECRETARY,
            RaceName.DISCIPLINE_SECRETARY,
            RaceName.DISCIPLINE_DEPUTY);

    static final int MAX_AGENDA_ITEMS = 30;
    static final int MAX_TEXT = 200;

    // how the lists are read back from their JSON (CongressList)
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {};
    private static final TypeReference<List<DelegationGroup>> GROUPS = new TypeReference<>() {};

    /** One race of the method: what it elects, how, its seats, candidates and margin (差额), and the rule that fixes them. */
    public record MethodRace(
            String race,
            String label,
            String kind,
            int seats,
            int candidates,
            int margin,
            String rule,
            boolean candidatesFixed) {

        static MethodRace of(String race, RaceKind kind, int seats, int candidates, String rule, boolean fixed) {
            return new MethodRace(
                    race, RaceName.label(race), kind.name(), seats, candidates, candidates - seats, rule, fixed);
        }
    }

    /** The election method as entered (T5): one entry per race. */
    public record ElectionMethod(List<MethodEntry> races) {}

    public record MethodEntry(String race, Integer seats, Integer candidates) {}

    /** One delegation (代表团) and its delegates (T6). */
    public record DelegationGroup(String group, List<String> delegates) {}

    private final TownshipRepository townships;
    private final ApprovedRecords approved;
    private final RaceService races;
    private final ElectionMethodRaceRepository methods;
    private final CongressListRepository lists;
    private final ObjectMapper mapper;

    public CongressPreparation(
            TownshipRepository townships,
            ApprovedRecords approved,
            RaceService races,
            ElectionMethodRaceRepository methods,
            CongressListRepository lists,
            ObjectMapper mapper) {
        this.townships = townships;
        this.approved = approved;
        this.races = races;
        this.methods = methods;
        this.lists = lists;
        this.mapper = mapper;
    }

    /**
     * The method as the approved plan (T2) and lists (T4) make it: committee and discipline committee with the
     * nominees as candidates (R5), county delegates with the least candidates R9 allows (R3's 20%), secretary and
     * deputies, the discipline secretary and its deputy non-competitive (R7, R8).
     */
    @Transactional(readOnly = true)
    public List<MethodRace> proposedMethod(long townshipId) {
        ApprovedRecords.Plan plan = approved.plan(townshipId);
        int committee = approved.list(townshipId, ApprovedRecord.Kind.T4_COMMITTEE, null)
                .size();
        int discipline = approved.list(townshipId, ApprovedRecord.Kind.T4_DISCIPLINE, null)
                .size();
        return List.of(
                proposed(RaceName.COMMITTEE, RaceKind.COMPETITIVE, plan.committeeSeats(), committee),
                proposed(RaceName.DISCIPLINE, RaceKind.COMPETITIVE, plan.disciplineSeats(), discipline),
                proposed(
                        RaceName.COUNTY_DELEGATES,
                        RaceKind.COMPETITIVE,
                        plan.countyDelegateSeats(),
                        ElectionRules.minimumCandidatesWithMargin(plan.countyDelegateSeats())),
                proposed(
                        RaceName.SECRETARY,
                        RaceKind.NON_COMPETITIVE,
                        RaceName.SECRETARY_SEATS,
                        RaceName.SECRETARY_SEATS),
                proposed(RaceName.DISCIPLINE_SECRETARY, RaceKind.NON_COMPETITIVE, 1, 1),
                proposed(RaceName.DISCIPLINE_DEPUTY, RaceKind.NON_COMPETITIVE, 1, 1));
    }

    /**
     * Which rule sets a race's figures, and whether its candidates are fixed by an approved list or post (R5, R7,
     * R8) rather than chosen by the method (R9's county delegates). The same for every township.
     */
    private record RaceRule(String rule, boolean candidatesFixed) {}

    private static final Map<String, RaceRule> RACE_RULES = Map.of(
            RaceName.COMMITTEE, new RaceRule("R5", true),
            RaceName.DISCIPLINE, new RaceRule("R5", true),
            RaceName.COUNTY_DELEGATES, new RaceRule("R9", false),
            RaceName.SECRETARY, new RaceRule("R7", true),
            RaceName.DISCIPLINE_SECRETARY, new RaceRule("R8", true),
            RaceName.DISCIPLINE_DEPUTY, new RaceRule("R8", true));

    private static MethodRace proposed(String race, RaceKind kind, int seats, int candidates) {
        RaceRule rule = RACE_RULES.get(race);
        return MethodRace.of(race, kind, seats, candidates, rule.rule(), rule.candidatesFixed());
    }

    /** The method drafted at T5, as kept; empty before. */
    @Transactional(readOnly = true)
    public List<MethodRace> method(long townshipId) {
        // the rule and whether candidates are fixed do not depend on the township: no need to read its plan and lists
        return methods.findByTownshipIdOrderByPosition(townshipId).stream()
                .map(r -> {
                    RaceRule rule = RACE_RULES.get(r.getRace());
                    return new MethodRace(
                            r.getRace(),
                            RaceName.label(r.getRace()),
                            r.getKind(),
                            r.getSeats(),
                            r.getCandidates(),
                            r.getCandidates() - r.getSeats(),
                            rule == null ? null : rule.rule(),
                            rule != null && rule.candidatesFixed());
                })
                .toList();
    }

    /** The kept method's entry for one race, if the method names it. */
    @Transactional(readOnly = true)
    public Optional<MethodRace> methodOf(long townshipId, String race) {
        return method(townshipId).stream().filter(r -> r.race().equals(race)).findFirst();
    }

    /** Every delegate elected at T3, in the order of the organisations. */
    @Transactional(readOnly = true)
    public List<String> delegates(long townshipId) {
        Set<String> names = new LinkedHashSet<>();
        races.electedDelegates(townshipId).values().forEach(names::addAll);
        return List.copyOf(names);
    }

    /** The delegates elected at T3 by organisation code. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> delegatesByOrganisation(long townshipId) {
        return races.electedDelegates(townshipId);
    }

    /** T5: checks and keeps the agenda and the election method; a breach changes nothing. */
    public void recordDraft(long townshipId, List<String> agenda, ElectionMethod method) {
        List<String> items = texts(agenda, "agenda", "T5", MAX_AGENDA_ITEMS);
        List<MethodRace> checked = check(method, proposedMethod(townshipId));
        Township township = townships.getReferenceById(townshipId);
        keep(township, CongressList.Kind.AGENDA, items);
        methods.deleteByTownship(townshipId);
        for (int i = 0; i < checked.size(); i++) {
            MethodRace r = checked.get(i);
            methods.save(new ElectionMethodRace(township, r.race(), r.kind(), r.seats(), r.candidates(), i));
        }
    }

    /** T6: checks and keeps the presidium (delegates only) and the delegations (every delegate in exactly one). */
    public void recordMeeting(long townshipId, List<String> presidium, List<DelegationGroup> groups) {
        List<String> delegates = delegates(townshipId);
        Set<String> known = new LinkedHashSet<>(delegates);
        List<String> members = texts(presidium, "presidium", "T6", Math.max(1, delegates.size()));
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < members.size(); i++) {
            if (!known.contains(members.get(i))) {
                throw new ProcessInputException(
                        "T6", "presidium[" + i + "]", "“%s”不是本次大会的当选代表：主席团成员须从代表中产生".formatted(members.get(i)));
            }
            if (!seen.add(members.get(i))) {
                throw new ProcessInputException("T6", "presidium[" + i + "]", "“%s”重复".formatted(members.get(i)));
            }
        }
        if (groups == null || groups.isEmpty()) {
            throw new ProcessInputException("T6", "delegationGroups", "至少分一个代表团");
        }
        Map<String, String> groupOf = new LinkedHashMap<>();
        Set<String> groupNames = new LinkedHashSet<>();
        List<DelegationGroup> cleaned = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            DelegationGroup group = groups.get(g);
            String name =
                    group == null || group.group() == null ? "" : group.group().trim();
            if (name.isEmpty() || name.length() > 40) {
                throw new ProcessInputException("T6", "delegationGroups[" + g + "].group", "必须填写（不超过40字）");
            }
            if (!groupNames.add(name)) {
                throw new ProcessInputException("T6", "delegationGroups[" + g + "].group", "代表团“%s”重复".formatted(name));
            }
            List<String> names = group.delegates() == null ? List.of() : group.delegates();
            if (names.isEmpty()) {
                throw new ProcessInputException(
                        "T6", "delegationGroups[" + g + "].delegates", "代表团“%s”没有代表".formatted(name));
            }
            List<String> own = new ArrayList<>();
            for (int d = 0; d < names.size(); d++) {
                String delegate = names.get(d) == null ? "" : names.get(d).trim();
                String field = "delegationGroups[" + g + "].delegates[" + d + "]";
                if (!known.contains(delegate)) {
                    throw new ProcessInputException("T6", field, "“%s”不是本次大会的当选代表".formatted(delegate));
                }
                String before = groupOf.putIfAbsent(delegate, name);
                if (before != null) {
                    throw new ProcessInputException(
                            "T6", field, "代表%s已在代表团“%s”中：每名代表只能编入一个代表团".formatted(delegate, before));
                }
                own.add(delegate);
            }
            cleaned.add(new DelegationGroup(name, own));
        }
        List<String> left =
                delegates.stream().filter(d -> !groupOf.containsKey(d)).toList();
        if (!left.isEmpty()) {
            throw new ProcessInputException(
                    "T6", "delegationGroups", "还有%d名代表未编入代表团：%s".formatted(left.size(), String.join("、", left)));
        }
        Township township = townships.getReferenceById(townshipId);
        keep(township, CongressList.Kind.PRESIDIUM, members);
        keep(township, CongressList.Kind.DELEGATION, cleaned);
    }

    private void keep(Township township, CongressList.Kind kind, List<?> content) {
        lists.deleteList(township.getId(), kind);
        lists.save(new CongressList(township, kind, JsonText.write(mapper, content)));
    }

    @Transactional(readOnly = true)
    public List<String> agenda(long townshipId) {
        return read(townshipId, CongressList.Kind.AGENDA, TEXTS);
    }

    @Transactional(readOnly = true)
    public List<String> presidium(long townshipId) {
        return read(townshipId, CongressList.Kind.PRESIDIUM, TEXTS);
    }

    @Transactional(readOnly = true)
    public List<DelegationGroup> delegations(long townshipId) {
        return read(townshipId, CongressList.Kind.DELEGATION, GROUPS);
    }

    private <T> List<T> read(long townshipId, CongressList.Kind kind, TypeReference<List<T>> type) {
        return lists.find(townshipId, kind)
                .map(list -> List.copyOf(JsonText.read(mapper, list.getContent(), type)))
                .orElse(List.of());
    }

    /** R3, R5, R7–R9: the entered method names every race once, with the approved seats and candidates. */
    private static List<MethodRace> check(ElectionMethod method, List<MethodRace> proposed) {
        if (method == null || method.races() == null || method.races().isEmpty()) {
            throw new ProcessInputException("T5", "electionMethod.races", "必须列明各项选举");
        }
        Map<String, MethodRace> byRace = new LinkedHashMap<>();
        proposed.forEach(r -> byRace.put(r.race(), r));
        Map<String, MethodRace> entered = new LinkedHashMap<>();
        for (int i = 0; i < method.races().size(); i++) {
            MethodEntry entry = method.races().get(i);
            String field = "electionMethod.races[" + i + "]";
            MethodRace expected = entry == null || entry.race() == null ? null : byRace.get(entry.race());
            if (expected == null) {
                throw new ProcessInputException(
                        "T5", field + ".race", "应为%s之一".formatted(String.join("、", byRace.keySet())));
            }
            if (entered.containsKey(expected.race())) {
                throw new ProcessInputException("T5", field + ".race", "%s选举重复".formatted(expected.label()));
            }
            if (entry.seats() == null || entry.seats() != expected.seats()) {
                throw new ProcessInputException(
                        expected.rule(),
                        field + ".seats",
                        "%s应选%d名（按县委批准的换届计划），现为%s".formatted(expected.label(), expected.seats(), entry.seats()));
            }
            Integer candidates = entry.candidates();
            if (expected.candidatesFixed() && (candidates == null || candidates != expected.candidates())) {
                throw new ProcessInputException(
                        expected.rule(),
                        field + ".candidates",
                        "%s候选人应为%d名（%s），现为%s"
                                .formatted(
                                        expected.label(),
                                        expected.candidates(),
                                        RaceKind.NON_COMPETITIVE.name().equals(expected.kind())
                                                ? "等额选举"
                                                : "县委批准的候选人预备人选",
                                        candidates));
            }
            if (!expected.candidatesFixed()
                    && (candidates == null || candidates < expected.candidates() || candidates > 1000)) {
                throw new ProcessInputException(
                        expected.rule(),
                        field + ".candidates",
                        "%s应选%d名，候选人至少%d名（差额不少于20%%，R3），现为%s"
                                .formatted(expected.label(), expected.seats(), expected.candidates(), candidates));
            }
            entered.put(
                    expected.race(),
                    MethodRace.of(
                            expected.race(),
                            RaceKind.valueOf(expected.kind()),
                            expected.seats(),
                            candidates,
                            expected.rule(),
                            expected.candidatesFixed()));
        }
        List<String> missing = byRace.values().stream()
                .filter(r -> !entered.containsKey(r.race()))
                .map(MethodRace::label)
                .toList();
        if (!missing.isEmpty()) {
            throw new ProcessInputException(
                    "T5", "electionMethod.races", "缺少%s选举".formatted(String.join("、", missing)));
        }
        // kept in the order the congress votes
        return proposed.stream().map(r -> entered.get(r.race())).toList();
    }

    /** A list of 1 to {@code max} non-blank texts of at most 200 characters, trimmed. */
    private static List<String> texts(List<String> values, String field, String rule, int max) {
        if (values == null || values.isEmpty()) {
            throw new ProcessInputException(rule, field, "必须填写，至少一项");
        }
        if (values.size() > max) {
            throw new ProcessInputException(rule, field, "最多%d项，现为%d项".formatted(max, values.size()));
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String text = values.get(i) == null ? "" : values.get(i).trim();
            if (text.isEmpty() || text.length() > MAX_TEXT) {
                throw new ProcessInputException(rule, field + "[" + i + "]", "必须填写，不超过%d字".formatted(MAX_TEXT));
            }
            texts.add(text);
        }
        return texts;
    }
}
