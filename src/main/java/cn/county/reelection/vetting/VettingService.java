package cn.county.reelection.vetting;

import cn.county.reelection.campaign.Organisation;
import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.election.ElectionRules;
import cn.county.reelection.election.Race;
import cn.county.reelection.election.RaceKind;
import cn.county.reelection.process.ProcessInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the delegate candidates (T3, R3) and the nominees (T4, R5) of a township. */
@Service
@Transactional
public class VettingService {

    private final CandidateLists candidates;
    private final TownshipRepository townships;
    private final ApprovedRecords approved;

    public VettingService(CandidateLists candidates, TownshipRepository townships, ApprovedRecords approved) {
        this.candidates = candidates;
        this.townships = townships;
        this.approved = approved;
    }

    /**
     * R3: an organisation's preliminary list has at least 20% more candidates than its seats
     * (rounded up). Kept for the review group; the election is laid out once they approve it.
     */
    public void recordDelegateCandidates(
            long townshipId, String organisationCode, List<Person> persons, LocalDate today) {
        Township township = townships.findById(townshipId).orElseThrow();
        Organisation organisation = organisation(township, organisationCode);
        PersonChecks.requireComplete(persons, "delegateCandidates", "R3", today);
        int seats = organisation.getDelegateSeats();
        int minimum = ElectionRules.minimumCandidatesWithMargin(seats);
        if (persons.size() < minimum) {
            throw new ProcessInputException(
                    "R3",
                    "delegateCandidates",
                    "%s应选代表%d名，候选人应不少于%d名（差额不少于20%%），现为%d名"
                            .formatted(organisation.getName(), seats, minimum, persons.size()));
        }
        candidates.replace(township, CandidateList.ListKind.DELEGATE_CANDIDATE, organisationCode, persons);
    }

    /** R3: the race an organisation's member meeting holds, with the candidates the review group approved. */
    public Race delegateRace(long townshipId, String organisationCode, List<Person> approvedCandidates) {
        Organisation organisation = organisation(townships.findById(townshipId).orElseThrow(), organisationCode);
        int seats = organisation.getDelegateSeats();
        return Race.start(
                RaceName.DELEGATES,
                RaceKind.COMPETITIVE,
                seats,
                ElectionRules.minimumCandidatesWithMargin(seats),
                organisation.getMembers(),
                PersonChecks.names(approvedCandidates),
                null);
    }

    private static Organisation organisation(Township township, String organisationCode) {
        return township.getOrganisations().stream()
                .filter(o -> o.getCode().equals(organisationCode))
                .findFirst()
                .orElseThrow();
    }

    /**
     * R4, R5: records the nominee lists when they meet the hard rules (numbers, posts, ages); a breach is a
     * {@link ProcessInputException} naming every hard finding. Returns what the county reads in its review:
     * the figures and the warnings.
     */
    public String recordNominees(long townshipId, List<Person> committee, List<Person> discipline, LocalDate today) {
        Township township = townships.findById(townshipId).orElseThrow();
        PersonChecks.requireComplete(committee, "committeeNominees", "R5", today);
        PersonChecks.requireComplete(discipline, "disciplineNominees", "R5", today);
        // the seats and the congress date of the plan the county approved at T2
        ApprovedRecords.Plan plan = approved.plan(townshipId);
        LocalDate congressDate = plan.congressDate() != null ? plan.congressDate() : today;
        List<Finding> findings =
                NomineeChecks.check(committee, discipline, plan.committeeSeats(), plan.disciplineSeats(), congressDate);
        List<Finding> hard = findings.stream().filter(Finding::hard).toList();
        if (!hard.isEmpty()) {
            throw new ProcessInputException(
                    hard.get(0).rule(),
                    hard.get(0).field(),
                    hard.stream().map(f -> "[" + f.rule() + "] " + f.message()).collect(Collectors.joining("；")));
        }
        candidates.replace(township, CandidateList.ListKind.COMMITTEE_NOMINEE, null, committee);
        candidates.replace(township, CandidateList.ListKind.DISCIPLINE_NOMINEE, null, discipline);
        return NomineeChecks.summary(committee, discipline, congressDate, findings);
    }

    /**
     * R4 (second pass): the figures and warnings of the committee elected at T7 ({@code elected}, its names), each
     * member matched with the approved nominee list; never refuses. Ages on the congress date.
     */
    public String electedCommitteeFindings(long townshipId, List<String> elected, LocalDate today) {
        Map<String, Person> listed = new HashMap<>();
        approved.list(townshipId, ApprovedRecord.Kind.T4_COMMITTEE, null)
                .forEach(p -> listed.put(p.name().trim(), p));
        List<Person> known =
                elected.stream().map(listed::get).filter(Objects::nonNull).toList();
        int unknown = elected.size() - known.size();
        LocalDate congressDate = approved.plan(townshipId).congressDate();
        LocalDate day = congressDate != null ? congressDate : today;
        return NomineeChecks.electedSummary(known, unknown, day, NomineeChecks.electedCommittee(known, unknown, day));
    }

    /**
     * R2: the make-up of the delegates elected at T3. Each organisation's elected names are matched with
     * its candidate list; write-ins have no personal data and are counted apart.
     */
    public DelegateMakeup.Report delegateMakeup(
            long townshipId, Map<String, List<String>> electedByOrganisation, LocalDate today) {
        return delegateMakeup(
                electedByOrganisation,
                organisation -> approved.list(townshipId, ApprovedRecord.Kind.T3_CANDIDATES, organisation),
                approved.plan(townshipId).congressDate(),
                today);
    }

    /**
     * The same for a report over many townships: the approved candidate lists by organisation and the congress date
     * come from the caller (e.g. an {@link ApprovedRecords.Snapshot}).
     */
    public static DelegateMakeup.Report delegateMakeup(
            Map<String, List<String>> electedByOrganisation,
            Function<String, List<Person>> approvedCandidates,
            LocalDate congressDate,
            LocalDate today) {
        List<Person> known = new ArrayList<>();
        int unknown = 0;
        for (Map.Entry<String, List<String>> organisation : electedByOrganisation.entrySet()) {
            Map<String, Person> listed = new HashMap<>();
            approvedCandidates
                    .apply(organisation.getKey())
                    .forEach(p -> listed.put(p.name().trim(), p));
            for (String name : organisation.getValue()) {
                Person person = listed.get(name);
                if (person == null) {
                    unknown++;
                } else {
                    known.add(person);
                }
            }
        }
        return DelegateMakeup.check(known, unknown, congressDate != null ? congressDate : today);
    }
}
