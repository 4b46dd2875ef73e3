package cn.county.reelection.documents;

import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.campaign.Step;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.congress.RaceRecordRepository;
import cn.county.reelection.congress.RaceService;
import cn.county.reelection.election.CandidateResult;
import cn.county.reelection.election.TallyResult;
import cn.county.reelection.security.ApiAccess;
import cn.county.reelection.vetting.ApprovedRecord;
import cn.county.reelection.vetting.ApprovedRecords;
import cn.county.reelection.vetting.Person;
import cn.county.reelection.web.ApiException;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R12 ballot papers: for each race of T7 and T8 a printable ballot from its approved candidates, in surname
 * stroke order (姓氏笔画), and the tellers' tally sheet (计票单) that goes with it. Competitive ballots carry one
 * mark per name and as many blank 另选他人 lines as seats; non-competitive ballots 同意 / 不同意 / 弃权 per name.
 */
@Service
@Transactional(readOnly = true)
public class BallotPapers {

    /** The races that have a ballot paper, as the endpoint names them. */
    public static final List<String> RACES = List.of(
            RaceName.COMMITTEE,
            RaceName.DISCIPLINE,
            RaceName.COUNTY_DELEGATES,
            RaceName.SECRETARY,
            RaceName.DISCIPLINE_SECRETARY,
            RaceName.DISCIPLINE_DEPUTY);

    /** One name on a ballot; {@code post} the post it is voted for on a non-competitive ballot. */
    public record Candidate(String name, String post) {}

    /** What a ballot shows: the race, its seats, and its candidates in ballot order. */
    public record Ballot(String race, boolean competitive, int seats, List<Candidate> candidates) {}

    public record File(String name, byte[] content) {}

    /** Rows high enough for a mark or a name written by hand. */
    private static final int ROW_MM = 6;

    private final TownshipRepository townships;
    private final ApprovedRecords approved;
    private final RaceRecordRepository races;
    private final RaceService raceService;
    private final ApiAccess access;

    public BallotPapers(
            TownshipRepository townships,
            ApprovedRecords approved,
            RaceRecordRepository races,
            RaceService raceService,
            ApiAccess access) {
        this.townships = townships;
        this.approved = approved;
        this.races = races;
        this.raceService = raceService;
        this.access = access;
    }

    /**
     * The ballot and tally sheet of {@code race} for the township's people and its county: 404 for an unknown
     * township, 403 for anyone else, 400 for a race without a ballot, 404 (R12) before its candidates are settled.
     */
    public File forCurrentUser(String businessKey, String race) {
        Township township = townships
                .findByBusinessKey(businessKey)
                .orElseThrow(() -> ApiException.notFound("没有业务键为%s的乡镇".formatted(businessKey)));
        access.requireSee(township.getCampaign(), township);
        if (!RACES.contains(race)) {
            throw ApiException.badRequest("R12", "race", "选票的选举项目应为%s之一".formatted(String.join("、", RACES)));
        }
        Ballot ballot = ballot(township, race);
        return new File(township.getName() + RaceName.label(race) + "选票.docx", write(township, ballot));
    }

    /** The ballot of {@code race} from what was approved; 404 naming R12 while its candidates are not settled. */
    Ballot ballot(Township township, String race) {
        long id = township.getId();
        return switch (race) {
            case RaceName.COMMITTEE ->
                competitive(
                        township,
                        race,
                        ApprovedRecord.Kind.T4_COMMITTEE,
                        () -> approved.plan(id).committeeSeats());
            case RaceName.DISCIPLINE ->
                competitive(
                        township,
                        race,
                        ApprovedRecord.Kind.T4_DISCIPLINE,
                        () -> approved.plan(id).disciplineSeats());
            case RaceName.COUNTY_DELEGATES -> countyDelegates(township);
            case RaceName.SECRETARY ->
                nonCompetitive(
                        township,
                        race,
                        ApprovedRecord.Kind.T4_COMMITTEE,
                        RaceName.COMMITTEE,
                        List.of(Person.Post.SECRETARY, Person.Post.DEPUTY_SECRETARY));
            case RaceName.DISCIPLINE_SECRETARY ->
                nonCompetitive(
                        township,
                        race,
                        ApprovedRecord.Kind.T4_DISCIPLINE,
                        RaceName.DISCIPLINE,
                        List.of(Person.Post.DISCIPLINE_SECRETARY));
            case RaceName.DISCIPLINE_DEPUTY ->
                nonCompetitive(
                        township,
                        race,
                        ApprovedRecord.Kind.T4_DISCIPLINE,
                        RaceName.DISCIPLINE,
                        List.of(Person.Post.DISCIPLINE_DEPUTY));
            default -> throw new IllegalArgumentException(race);
        };
    }

    private Ballot competitive(Township township, String race, ApprovedRecord.Kind list, IntSupplier seats) {
        List<Person> nominees = approvedList(township, race, list);
        List<Candidate> candidates =
                nominees.stream().map(p -> new Candidate(p.name().trim(), null)).toList();
        return new Ballot(race, true, seats.getAsInt(), strokeOrder(candidates));
    }

    /**
     * R9: the county delegates' candidates are not approved by the county; the list the congress settled is the
     * one its first counted ballot carried (write-ins aside), so the paper can be printed again for a ballot held
     * again, never before the congress named them.
     */
    private Ballot countyDelegates(Township township) {
        // the first ballot that named candidates (a ballot held again for want of a quorum may name none)
        List<Candidate> candidates = races.findByTownshipIdOrderById(township.getId()).stream()
                .filter(r -> r.getRace().equals(RaceName.COUNTY_DELEGATES) && r.getResultJson() != null)
                .map(r -> read(r.getResultJson()).results().stream()
                        .filter(c -> !c.writeIn())
                        .map(CandidateResult::name)
                        .map(n -> new Candidate(n, null))
                        .toList())
                .filter(list -> !list.isEmpty())
                .findFirst()
                .orElse(List.of());
        if (candidates.isEmpty()) {
            throw notSettled(township, RaceName.COUNTY_DELEGATES, "候选人名单尚未由大会确定（R9）");
        }
        return new Ballot(
                RaceName.COUNTY_DELEGATES,
                true,
                approved.plan(township.getId()).countyDelegateSeats(),
                strokeOrder(candidates));
    }

    /**
     * R7, R8: the approved nominees for the posts, each voted for its post; once the committee they come from is
     * elected, only those elected to it (a replacement is the county's to name before the ballot).
     */
    private Ballot nonCompetitive(
            Township township, String race, ApprovedRecord.Kind list, String fromRace, List<Person.Post> posts) {
        List<Person> nominees = approvedList(township, race, list);
        boolean committeeElected = !races.findByTownshipIdAndRaceAndFinishedTrueOrderById(township.getId(), fromRace)
                .isEmpty();
        Set<String> elected = Set.copyOf(raceService.electedIn(township.getId(), fromRace));
        // once the committee is elected: the race's candidates, with those the county named in place of a nominee (R7,
        // R8)
        List<Person> standing = committeeElected
                ? raceService.postCandidates(township.getId(), race).candidates()
                : nominees;
        List<Candidate> candidates = new ArrayList<>();
        for (Person.Post post : posts) {
            List<Candidate> forPost = standing.stream()
                    .filter(p -> p.post() == post
                            && (!committeeElected || elected.contains(p.name().trim())))
                    .map(p -> new Candidate(p.name().trim(), DocumentService.post(post)))
                    .toList();
            candidates.addAll(strokeOrder(forPost));
        }
        if (candidates.isEmpty()) {
            throw notSettled(township, race, "没有经批准的人选");
        }
        return new Ballot(race, false, candidates.size(), candidates);
    }

    private List<Person> approvedList(Township township, String race, ApprovedRecord.Kind list) {
        if (approved.latest(township.getId(), list, null).isEmpty()) {
            throw notSettled(township, race, "候选人预备人选尚未经县委组织部批准（R4、R5）");
        }
        return approved.list(township.getId(), list, null);
    }

    private static ApiException notSettled(Township township, String race, String why) {
        return new ApiException(
                HttpStatus.NOT_FOUND,
                "R12",
                "race",
                "%s的%s选票尚不能印制：%s".formatted(township.getName(), RaceName.label(race), why));
    }

    /**
     * 按姓氏笔画为序: CLDR's Chinese stroke collation (ICU), which orders by the number of strokes of the first
     * character, then by its first stroke, then the following characters.
     */
    static List<Candidate> strokeOrder(List<Candidate> candidates) {
        Collator stroke = Collator.getInstance(new ULocale("zh@collation=stroke"));
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing(Candidate::name, stroke::compare));
        return Collections.unmodifiableList(sorted);
    }

    /** The ballot, then on a new page its tally sheet. */
    static byte[] write(Township township, Ballot ballot) {
        String label = RaceName.label(ballot.race());
        String meeting = meeting(township, ballot.race());
        OfficialDocument doc = OfficialDocument.form().title(meeting + "\n" + label + "选举票");
        if (ballot.competitive()) {
            doc.note("说明：1. 本次选举应选%s%d名，候选人%d名，按姓氏笔画为序。2. 同意的在姓名右侧符号栏内划“○”，不同意的不划；"
                            .formatted(
                                    label, ballot.seats(), ballot.candidates().size())
                    + "另选他人的，在“另选他人”栏内写上姓名并在其右侧符号栏内划“○”。3. 所选人数等于或少于应选人数的为有效票，多于应选人数的为无效票。");
            doc.table(
                    List.of("候选人姓名", "符号栏"),
                    new int[] {60, 40},
                    ballot.candidates().stream().map(c -> List.of(c.name(), "")).toList(),
                    ROW_MM);
            doc.table(List.of("另选他人", "符号栏"), new int[] {60, 40}, blankRows(ballot.seats(), 2), ROW_MM);
        } else {
            doc.note("说明：1. 本次选举为等额选举，应选%d名，候选人%d名，按职务排列，同一职务按姓氏笔画为序。"
                            .formatted(ballot.seats(), ballot.candidates().size())
                    + "2. 同意的在“同意”栏内划“○”，不同意的在“不同意”栏内划“×”，弃权的在“弃权”栏内划“△”，每名候选人只能划一个符号。");
            doc.table(
                    List.of("职务", "候选人姓名", "同意", "不同意", "弃权"),
                    new int[] {25, 27, 16, 16, 16},
                    ballot.candidates().stream()
                            .map(c -> List.of(c.post(), c.name(), "", "", ""))
                            .toList(),
                    ROW_MM);
        }
        doc.pageBreak();
        doc.title(meeting + "\n" + label + "选举计票单");
        doc.note("应选%d名，候选人%d名。应到会____人，实到会____人；发出选票____张，收回选票____张，其中有效票____张，无效票____张。"
                .formatted(ballot.seats(), ballot.candidates().size()));
        if (ballot.competitive()) {
            List<List<String>> rows = new ArrayList<>(ballot.candidates().stream()
                    .map(c -> List.of(c.name(), "", ""))
                    .toList());
            doc.table(List.of("候选人姓名", "计票（划“正”字）", "得票数"), new int[] {30, 50, 20}, rows, ROW_MM);
            doc.table(
                    List.of("另选他人", "计票（划“正”字）", "得票数"), new int[] {30, 50, 20}, blankRows(ballot.seats(), 3), ROW_MM);
        } else {
            doc.table(
                    List.of("职务", "候选人姓名", "同意", "不同意", "弃权"),
                    new int[] {25, 27, 16, 16, 16},
                    ballot.candidates().stream()
                            .map(c -> List.of(c.post(), c.name(), "", "", ""))
                            .toList(),
                    ROW_MM);
        }
        doc.line("监票人（签名）：　　　　　　　　计票人（签名）：");
        doc.line("计票时间：　　　　年　　月　　日");
        return doc.finish();
    }

    /** The meeting that votes: the congress (T7), or the discipline committee's first plenary (T8, R8). */
    private static String meeting(Township township, String race) {
        return RaceName.step(race) == Step.T8
                ? "中国共产党" + township.getName() + "纪律检查委员会第一次全体会议"
                : "中国共产党" + township.getName() + "代表大会";
    }

    private static List<List<String>> blankRows(int count, int columns) {
        List<String> blank = Collections.nCopies(columns, "");
        return Collections.nCopies(count, blank);
    }

    private TallyResult read(String json) {
        return raceService.result(json);
    }
}
