package cn.county.reelection.reporting;

import cn.county.reelection.campaign.Campaign;
import cn.county.reelection.campaign.CampaignRepository;
import cn.county.reelection.campaign.Organisation;
import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.campaign.Step;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.congress.RaceRecord;
import cn.county.reelection.congress.RaceRecordRepository;
import cn.county.reelection.congress.RaceService;
import cn.county.reelection.reporting.CampaignSummary.Ballots;
import cn.county.reelection.reporting.CampaignSummary.Delegates;
import cn.county.reelection.reporting.CampaignSummary.StepFlag;
import cn.county.reelection.reporting.CampaignSummary.TownshipFigures;
import cn.county.reelection.reporting.CampaignSummary.Turnout;
import cn.county.reelection.security.ApiAccess;
import cn.county.reelection.timeline.StepState;
import cn.county.reelection.vetting.ApprovedRecord;
import cn.county.reelection.vetting.ApprovedRecords;
import cn.county.reelection.vetting.CommitteeMakeup;
import cn.county.reelection.vetting.Person;
import cn.county.reelection.vetting.VettingService;
import cn.county.reelection.web.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out the county's summary from the project's tables: the races as counted ({@link RaceRecord}), the
 * approved lists for the elected people's data ({@link ApprovedRecords#snapshot}), the delegates' make-up as the
 * T3 check computes it ({@link VettingService#delegateMakeup}), and the board's deadline states.
 */
@Service
@Transactional(readOnly = true)
public class SummaryService {

    /** The races the summary reports, in the order of the work. */
    static final List<String> RACES = List.of(
            RaceName.DELEGATES,
            RaceName.COMMITTEE,
            RaceName.DISCIPLINE,
            RaceName.COUNTY_DELEGATES,
            RaceName.SECRETARY,
            RaceName.DISCIPLINE_SECRETARY,
            RaceName.DISCIPLINE_DEPUTY);

    private final CampaignRepository campaigns;
    private final RaceRecordRepository records;
    private final RaceService races;
    private final ApprovedRecords approved;
    private final BoardService boards;
    private final Clock clock;
    private final ApiAccess access;

    public SummaryService(
            CampaignRepository campaigns,
            RaceRecordRepository records,
            RaceService races,
            ApprovedRecords approved,
            BoardService boards,
            Clock clock,
            ApiAccess access) {
        this.campaigns = campaigns;
        this.records = records;
        this.races = races;
        this.approved = approved;
        this.boards = boards;
        this.clock = clock;
        this.access = access;
    }

    /** The summary for the county (or an administrator); anyone else gets 403. */
    public CampaignSummary summaryForCounty(long campaignId) {
        requireCounty(campaign(campaignId));
        return summary(campaignId);
    }

    /** The campaign, when the current user is its county or an administrator; 404 / 403 otherwise. */
    public Campaign requireCounty(Campaign campaign) {
        if (!access.isCounty(campaign.getCountyCode())) {
            throw ApiAccess.forbidden("汇总只供县委组织部和管理员查看");
        }
        return campaign;
    }

    public Campaign campaign(long campaignId) {
        return campaigns
                .findById(campaignId)
                .orElseThrow(() -> ApiException.notFound("没有编号为%d的换届".formatted(campaignId)));
    }

    public CampaignSummary summary(long campaignId) {
        Campaign campaign = campaign(campaignId);
        Board board = boards.board(campaignId);
        Map<String, Board.Row> rows = board.townships().stream().collect(Collectors.toMap(Board.Row::code, r -> r));
        LocalDate today = LocalDate.now(clock);
        // every ballot of the campaign in one query rather than three per township
        Map<Long, List<RaceRecord>> counted = records.findByTownshipCampaignIdOrderById(campaignId).stream()
                .collect(Collectors.groupingBy(r -> r.getTownship().getId()));
        // and the approved lists and plans too: the figures come from the same versions the process reads
        ApprovedRecords.Snapshot lists = approved.snapshot(campaignId);
        List<TownshipFigures> figures = new ArrayList<>();
        for (Township township : campaign.getTownships()) {
            figures.add(township(
                    township,
                    counted.getOrDefault(township.getId(), List.of()),
                    lists,
                    rows.get(township.getCode()),
                    today));
        }
        return new CampaignSummary(
                campaign.getId(),
                campaign.getCounty(),
                campaign.getYear(),
                board.generatedAt(),
                today,
                figures,
                total(figures));
    }

    private TownshipFigures township(
            Township township,
            List<RaceRecord> counted,
            ApprovedRecords.Snapshot lists,
            Board.Row row,
            LocalDate today) {
        LocalDate electionDay = township.getCongressDate() != null ? township.getCongressDate() : today;

        // the committee elected at T7, with the data of the approved nominees (a write-in has none)
        List<String> elected = lastFinished(counted, RaceName.COMMITTEE)
                .map(r -> races.names(r.getRaceElectedJson()))
                .orElse(List.of());
        CommitteeMakeup committee = CommitteeMakeup.empty();
        if (!elected.isEmpty()) {
            Map<String, Person> nominees = new HashMap<>();
            lists.list(township, ApprovedRecord.Kind.T4_COMMITTEE, null)
                    .forEach(p -> nominees.put(p.name().trim(), p));
            List<Person> known =
                    elected.stream().map(nominees::get).filter(p -> p != null).toList();
            committee = CommitteeMakeup.of(
                    known, elected.size() - known.size(), electedOn(counted, RaceName.COMMITTEE, electionDay));
        }
        // as RaceService.electedDelegates: each organisation's last finished election
        Map<String, List<String>> delegatesElected = new LinkedHashMap<>();
        counted.stream()
                .filter(r -> r.isFinished() && RaceName.DELEGATES.equals(r.getRace()))
                .forEach(r -> delegatesElected.put(r.getOrganisationCode(), races.names(r.getRaceElectedJson())));
        Delegates delegates = delegatesElected.isEmpty()
                ? Delegates.NONE
                : Delegates.of(VettingService.delegateMakeup(
                        delegatesElected,
                        organisation -> lists.list(township, ApprovedRecord.Kind.T3_CANDIDATES, organisation),
                        lists.plan(township).congressDate(),
                        today));

        Map<String, String> organisations = township.getOrganisations().stream()
                .collect(Collectors.toMap(Organisation::getCode, Organisation::getName));
        // one election = one race of one organisation (T3) or of the congress; its records in ballot order
        Map<String, List<RaceRecord>> elections = new LinkedHashMap<>();
        counted.forEach(r -> elections
                .computeIfAbsent(
                        r.getRace() + "|" + (r.getOrganisationCode() == null ? "" : r.getOrganisationCode()),
                        k -> new ArrayList<>())
                .add(r));
        Map<String, int[]> attendance = new LinkedHashMap<>();
        List<Ballots> moreBallots = new ArrayList<>();
        int unfilled = 0;
        for (List<RaceRecord> election : elections.values()) {
            RaceRecord first =
                    election.stream().filter(RaceRecord::isValid).findFirst().orElse(election.get(0));
            int[] a = attendance.computeIfAbsent(first.getRace(), k -> new int[3]);
            a[0]++;
            a[1] += first.getEntitled();
            a[2] += first.getPresent();
            int ballots =
                    election.stream().mapToInt(RaceRecord::getBallot).max().orElse(1);
            if (election.size() > 1 || ballots > 1) {
                moreBallots.add(new Ballots(
                        first.getRace(),
                        RaceName.label(first.getRace()),
                        first.getOrganisationCode() == null
                                ? null
                                : organisations.getOrDefault(first.getOrganisationCode(), first.getOrganisationCode()),
                        Math.max(ballots, election.size())));
            }
            RaceRecord last = election.get(election.size() - 1);
            if (last.isFinished()) {
                unfilled += last.getUnfilledSeats();
            }
        }
        List<Turnout> turnout = RACES.stream()
                .filter(attendance::containsKey)
                .map(r -> new Turnout(
                        r,
                        RaceName.label(r),
                        attendance.get(r)[0],
                        attendance.get(r)[1],
                        attendance.get(r)[2]))
                .toList();

        List<StepFlag> overdue = new ArrayList<>();
        List<StepFlag> late = new ArrayList<>();
        if (row != null) {
            for (Board.Cell cell : row.steps()) {
                StepFlag flag =
                        new StepFlag(cell.step(), Step.valueOf(cell.step()).label(), cell.dueDate());
                if (cell.byDeadline() == StepState.OVERDUE) {
                    overdue.add(flag);
                } else if (cell.byDeadline() == StepState.DONE_LATE) {
                    late.add(flag);
                }
            }
        }
        return new TownshipFigures(
                township.getCode(),
                township.getName(),
                township.getCongressDate(),
                committee,
                delegates,
                turnout,
                moreBallots,
                unfilled,
                overdue,
                late);
    }

    private static Optional<RaceRecord> lastFinished(List<RaceRecord> counted, String race) {
        return counted.stream()
                .filter(r -> r.isFinished() && race.equals(r.getRace()))
                .reduce((a, b) -> b);
    }

    /** The day a race ended (its last ballot), in the county's time zone; the congress date when unknown. */
    private static LocalDate electedOn(List<RaceRecord> counted, String race, LocalDate fallback) {
        return counted.stream()
                .filter(r -> r.getRace().equals(race) && r.isFinished())
                .reduce((a, b) -> b)
                .map(r -> r.getRecordedAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate())
                .orElse(fallback);
    }

    private static TownshipFigures total(List<TownshipFigures> figures) {
        CommitteeMakeup committee = CommitteeMakeup.empty();
        Delegates delegates = Delegates.NONE;
        Map<String, int[]> attendance = new LinkedHashMap<>();
        List<Ballots> moreBallots = new ArrayList<>();
        List<StepFlag> overdue = new ArrayList<>();
        List<StepFlag> late = new ArrayList<>();
        int unfilled = 0;
        for (TownshipFigures f : figures) {
            committee = committee.plus(f.committee());
            delegates = delegates.plus(f.delegates());
            for (Turnout t : f.turnout()) {
                int[] a = attendance.computeIfAbsent(t.race(), k -> new int[3]);
                a[0] += t.races();
                a[1] += t.entitled();
                a[2] += t.present();
            }
            moreBallots.addAll(f.moreBallots());
            overdue.addAll(f.overdue());
            late.addAll(f.late());
            unfilled += f.unfilledSeats();
        }
        List<Turnout> turnout = RACES.stream()
                .filter(attendance::containsKey)
                .map(r -> new Turnout(
                        r,
                        RaceName.label(r),
                        attendance.get(r)[0],
                        attendance.get(r)[1],
                        attendance.get(r)[2]))
                .toList();
        return new TownshipFigures(
                null, "合计", null, committee, delegates, turnout, moreBallots, unfilled, overdue, late);
    }
}
