package cn.county.reelection.township;

import cn.county.reelection.calendar.CampaignCalendars;
import cn.county.reelection.calendar.WorkingCalendar;
import cn.county.reelection.campaign.Campaign;
import cn.county.reelection.campaign.CampaignRepository;
import cn.county.reelection.campaign.CampaignStarter;
import cn.county.reelection.campaign.Codes;
import cn.county.reelection.campaign.Groups;
import cn.county.reelection.campaign.Organisation;
import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.campaign.Step;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.notice.NoticeSettings;
import cn.county.reelection.security.AccessService;
import cn.county.reelection.security.ApiAccess;
import cn.county.reelection.timeline.Deadlines;
import cn.county.reelection.timeline.StepProgress;
import cn.county.reelection.timeline.StepProgressRepository;
import cn.county.reelection.timeline.UnitProcesses;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts a campaign: one {@code townshipReelection} instance per township, all or nothing. */
@Service
public class CampaignService extends CampaignStarter<CampaignRequest, Step, CampaignCreated> {

    public static final String PROCESS_KEY = Campaign.PROCESS_KEY;
    private static final Logger log = LoggerFactory.getLogger(CampaignService.class);

    private final CampaignRepository campaigns;
    private final TownshipRepository townships;
    private final StepProgressRepository progress;
    private final UnitProcesses processes;
    private final Deadlines deadlines;
    private final Clock clock;
    private final AccessService access;
    private final ApiAccess apiAccess;
    private final CampaignCalendars calendars;
    private final NoticeSettings noticeSettings;

    public CampaignService(
            CampaignRepository campaigns,
            TownshipRepository townships,
            StepProgressRepository progress,
            UnitProcesses processes,
            Deadlines deadlines,
            Clock clock,
            AccessService access,
            ApiAccess apiAccess,
            CampaignCalendars calendars,
            NoticeSettings noticeSettings) {
        this.noticeSettings = noticeSettings;
        this.calendars = calendars;
        this.access = access;
        this.apiAccess = apiAccess;
        this.campaigns = campaigns;
        this.townships = townships;
        this.progress = progress;
        this.processes = processes;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Only the county (or an administrator) starts its own campaign ({@code POST /api/campaigns}). */
    @Override
    protected void requireRight(CampaignRequest request) {
        apiAccess.requireCounty(Codes.countyOrDefault(request.countyCode()));
    }

    @Override
    protected Map<Step, LocalDate> checked(CampaignRequest request) {
        return CampaignValidator.validate(request);
    }

    /**
     * A dry run's campaign (county's rights and the same checks as a real start); its business keys carry
     * {@value #DRY_RUN_PREFIX} so that it never clashes with a running township. The caller rolls it back.
     */
    @Transactional
    public CampaignCreated startDryRun(CampaignRequest request, String user) {
        requireRight(request);
        return start(request, checked(request), user, DRY_RUN_PREFIX);
    }

    public static final String DRY_RUN_PREFIX = "DRY-";

    @Override
    protected CampaignCreated start(CampaignRequest request, Map<Step, LocalDate> given, String user) {
        return start(request, given, user, "");
    }

    private CampaignCreated start(CampaignRequest request, Map<Step, LocalDate> given, String user, String keyPrefix) {
        CampaignValidator.CalendarDays days = CampaignValidator.calendar(request);
        WorkingCalendar calendar = calendars.with(days.holidays(), days.workdays());
        if (!calendar.covers(request.year()) || calendar.isProvisional(request.year())) {
            log.warn(
                    "The holiday table has {} dates for {}: check the campaign's deadlines",
                    calendar.covers(request.year()) ? "provisional" : "no",
                    request.year());
        }
        Map<Step, LocalDate> all = deadlines.complete(request.year(), given, calendar);
        CampaignValidator.checkOrder(all);
        List<String> keys = request.townships().stream()
                .map(t -> keyPrefix + Codes.businessKey(request.year(), t.code()))
                .toList();
        UnitProcesses.requireKeysFree("townships", keys, townships.findByBusinessKeyIn(keys), "乡镇", request.year());
        String countyCode = Codes.countyOrDefault(request.countyCode());
        Campaign campaign =
                new Campaign(request.county().trim(), countyCode, request.year(), all, clock.instant(), user);
        campaign.setCalendar(days.holidays(), days.workdays());
        for (var t : request.townships()) {
            Township township = campaign.addTownship(
                    t.code(), t.name().trim(), keyPrefix + Codes.businessKey(request.year(), t.code()));
            t.organisations()
                    .forEach(o -> township.addOrganisation(o.code(), o.name().trim(), o.members()));
        }
        campaigns.saveAndFlush(campaign);
        noticeSettings.store(campaign, request.notices());
        List<AccessService.Account> accounts =
                access.provision(campaign, !campaigns.existsOtherOfCounty(countyCode, campaign.getId()));
        for (Township township : campaign.getTownships()) {
            all.forEach((step, due) -> progress.save(new StepProgress(township, step, due)));
            processes.start(township, PROCESS_KEY, variables(campaign, township), all);
            access.grantInstance(campaign, township, township.getProcessInstanceId());
        }
        return CampaignCreated.of(campaign, accounts);
    }

    private VariableMap variables(Campaign campaign, Township township) {
        VariableMap variables = Variables.createVariables()
                .putValue("campaignId", campaign.getId())
                .putValue("townshipId", township.getId())
                .putValue("townshipCode", township.getCode())
                .putValue("townshipName", township.getName())
                .putValue("county", campaign.getCounty())
                .putValue("year", campaign.getYear())
                .putValue("secretaryGroup", Groups.townshipSecretary(township.getCode()))
                .putValue("officeGroup", Groups.townshipOffice(township.getCode()))
                .putValue("reviewGroup", Groups.reviewGroup(township.getCode()))
                .putValue("countyGroup", Groups.county(campaign.getCountyCode()))
                .putValue(
                        "organisationCodes",
                        new ArrayList<>(township.getOrganisations().stream()
                                .map(Organisation::getCode)
                                .toList()))
                .putValue("congressRaces", new ArrayList<>(RaceName.CONGRESS));
        return variables;
    }
}
