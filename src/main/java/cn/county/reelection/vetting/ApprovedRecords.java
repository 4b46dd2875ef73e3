package cn.county.reelection.vetting;

import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.process.JsonText;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approved versions of a township's plan and lists (R11). Kept when the approval task completes with
 * {@code approved = true}; read by every later step (seat allocation, nominee checks, the make-up check, the
 * races), never from process variables.
 */
@Service
@Transactional
public class ApprovedRecords {

    /** The T1 plan as the county approved it with the T2 request. */
    public record Plan(
            LocalDate congressDate,
            int delegateQuota,
            int committeeSeats,
            int disciplineSeats,
            int countyDelegateSeats,
            String requestText) {}

    private final ApprovedRecordRepository records;
    private final TownshipRepository townships;
    private final CandidateLists candidates;
    private final ObjectMapper mapper;

    public ApprovedRecords(
            ApprovedRecordRepository records,
            TownshipRepository townships,
            CandidateLists candidates,
            ObjectMapper mapper) {
        this.records = records;
        this.townships = townships;
        this.candidates = candidates;
        this.mapper = mapper;
    }

    /** T2: the plan recorded at T1 and the request the county approves. */
    public ApprovedRecord keepPlan(long townshipId, String requestText, String taskKey, String approvedBy, Instant at) {
        Township township = townships.findById(townshipId).orElseThrow();
        return keep(
                township,
                ApprovedRecord.Kind.T2_PLAN,
                null,
                recordedPlan(township, requestText),
                taskKey,
                approvedBy,
                at);
    }

    /**
     * T3 (one organisation) or T4 (each list): the list as recorded for the review that approves it; answers the
     * list kept, which {@link #list} reads from now on.
     */
    public List<Person> keepList(
            long townshipId,
            ApprovedRecord.Kind kind,
            String organisationCode,
            String taskKey,
            String approvedBy,
            Instant at) {
        Township township = townships.getReferenceById(townshipId); // only the key: no select
        List<Person> recorded = recordedList(townshipId, kind, organisationCode);
        keep(township, kind, organisationCode, recorded, taskKey, approvedBy, at);
        return recorded;
    }

    /**
     * R7, R8 (second pass): the candidates of a non-competitive race as the county named them, replacing an approved
     * nominee; kept with who named them and when (R11), the reason being the county's decision.
     */
    public ApprovedRecord keepCandidates(
            long townshipId, String race, List<Person> candidates, String taskKey, String namedBy, Instant at) {
        Township township = townships.getReferenceById(townshipId);
        return keep(township, ApprovedRecord.Kind.COUNTY_CANDIDATES, race, candidates, taskKey, namedBy, at);
    }

    /** The candidates the county last named for {@code race}, if it named any (see {@link #keepCandidates}). */
    @Transactional(readOnly = true)
    public Optional<List<Person>> namedCandidates(long townshipId, String race) {
        return latest(townshipId, ApprovedRecord.Kind.COUNTY_CANDIDATES, race)
                .map(r -> List.of(read(r.getContent(), Person[].class)));
    }

    /**
     * The approved plan. An instance whose T2 was approved before approved versions were kept reads the plan
     * recorded at T1 (the same source it read then).
     */
    @Transactional(readOnly = true)
    public Plan plan(long townshipId) {
        return latest(townshipId, ApprovedRecord.Kind.T2_PLAN, null)
                .map(r -> read(r.getContent(), Plan.class))
                .orElseGet(() -> recordedPlan(townships.findById(townshipId).orElseThrow(), null));
    }

    /** The approved list; for an approval older than approved versions, the list as recorded. */
    @Transactional(readOnly = true)
    public List<Person> list(long townshipId, ApprovedRecord.Kind kind, String organisationCode) {
        return latest(townshipId, kind, organisationCode)
                .map(r -> List.of(read(r.getContent(), Person[].class)))
                .orElseGet(() -> recordedList(townshipId, kind, organisationCode));
    }

    /**
     * The approved versions of every township of a campaign, read in two queries, answering {@link #plan} and
     * {@link #list} as those do for one township: for reports over many townships.
     */
    @Transactional(readOnly = true)
    public Snapshot snapshot(long campaignId) {
        Map<Long, Map<String, ApprovedRecord>> latest = new HashMap<>();
        for (ApprovedRecord r : records.findByTownshipCampaignId(campaignId)) {
            latest.computeIfAbsent(r.getTownship().getId(), k -> new HashMap<>())
                    .merge(r.getKind() + "|" + r.getScope(), r, (a, b) -> a.getVersion() >= b.getVersion() ? a : b);
        }
        Map<Long, List<CandidateList>> recorded = candidates.ofCampaign(campaignId).stream()
                .collect(Collectors.groupingBy(c -> c.getTownship().getId()));
        return new Snapshot(latest, recorded);
    }

    /** A campaign's approved versions in memory; see {@link #snapshot}. */
    public final class Snapshot {
        private final Map<Long, Map<String, ApprovedRecord>> latest;
        private final Map<Long, List<CandidateList>> recorded;

        private Snapshot(Map<Long, Map<String, ApprovedRecord>> latest, Map<Long, List<CandidateList>> recorded) {
            this.latest = latest;
            this.recorded = recorded;
        }

        /** As {@link ApprovedRecords#plan}. */
        public Plan plan(Township township) {
            return approved(township, ApprovedRecord.Kind.T2_PLAN, null)
                    .map(r -> read(r.getContent(), Plan.class))
                    .orElseGet(() -> recordedPlan(township, null));
        }

        /** As {@link ApprovedRecords#list}. */
        public List<Person> list(Township township, ApprovedRecord.Kind kind, String organisationCode) {
            return approved(township, kind, organisationCode)
                    .map(r -> List.of(read(r.getContent(), Person[].class)))
                    .orElseGet(() -> recordedList(
                            recorded.getOrDefault(township.getId(), List.of()).stream(), kind, organisationCode));
        }

        private Optional<ApprovedRecord> approved(Township township, ApprovedRecord.Kind kind, String scope) {
            return Optional.ofNullable(
                    latest.getOrDefault(township.getId(), Map.of()).get(kind + "|" + scope));
        }
    }

    @Transactional(readOnly = true)
    public Optional<ApprovedRecord> latest(long townshipId, ApprovedRecord.Kind kind, String scope) {
        return records.latest(townshipId, kind, scope);
    }

    private ApprovedRecord keep(
            Township township,
            ApprovedRecord.Kind kind,
            String scope,
            Object content,
            String taskKey,
            String approvedBy,
            Instant at) {
        int version = latest(township.getId(), kind, scope)
                .map(r -> r.getVersion() + 1)
                .orElse(1);
        return records.save(
                new ApprovedRecord(township, kind, scope, version, write(content), taskKey, approvedBy, at));
    }

    private static Plan recordedPlan(Township township, String requestText) {
        if (township.getCommitteeSeats() == null) {
            throw new IllegalStateException("township " + township.getCode() + " has no recorded plan");
        }
        return new Plan(
                township.getCongressDate(),
                township.getDelegateQuota(),
                township.getCommitteeSeats(),
                township.getDisciplineSeats(),
                township.getCountyDelegateSeats(),
                requestText);
    }

    private List<Person> recordedList(long townshipId, ApprovedRecord.Kind kind, String organisationCode) {
        return candidates.persons(townshipId, listKind(kind), organisationCode);
    }

    private List<Person> recordedList(
            Stream<CandidateList> recorded, ApprovedRecord.Kind kind, String organisationCode) {
        return candidates.persons(recorded, listKind(kind), organisationCode);
    }

    private static CandidateList.ListKind listKind(ApprovedRecord.Kind kind) {
        return switch (kind) {
            case T3_CANDIDATES -> CandidateList.ListKind.DELEGATE_CANDIDATE;
            case T4_COMMITTEE -> CandidateList.ListKind.COMMITTEE_NOMINEE;
            case T4_DISCIPLINE -> CandidateList.ListKind.DISCIPLINE_NOMINEE;
            case T2_PLAN -> throw new IllegalArgumentException("the plan is not a list");
            case COUNTY_CANDIDATES -> throw new IllegalArgumentException("named candidates have no recorded list");
        };
    }

    private String write(Object content) {
        return JsonText.write(mapper, content);
    }

    private <T> T read(String json, Class<T> type) {
        return JsonText.read(mapper, json, type);
    }
}
