package cn.county.reelection.village;

import cn.county.reelection.calendar.CampaignCalendars;
import cn.county.reelection.campaign.CampaignStarter;
import cn.county.reelection.campaign.Codes;
import cn.county.reelection.campaign.Groups;
import cn.county.reelection.security.AccessService;
import cn.county.reelection.security.ApiAccess;
import cn.county.reelection.timeline.UnitProcesses;
import cn.county.reelection.web.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/** Starts a township's village campaign: one {@code villageReelection} instance per village, all or nothing. */
@Service
public class VillageCampaignService
        extends CampaignStarter<VillageCampaignRequest, VillageStep, VillageCampaignCreated> {

    public static final String PROCESS_KEY = "villageReelection";
    private static final int MAX_VILLAGES = 500;

    private final VillageCampaignRepository campaigns;
    private final VillageRepository villages;
    private final VillageStepProgressRepository progress;
    private final UnitProcesses processes;
    private final Clock clock;
    private final AccessService access;
    private final ApiAccess apiAccess;
    private final CampaignCalendars calendars;

    public VillageCampaignService(
            VillageCampaignRepository campaigns,
            VillageRepository villages,
            VillageStepProgressRepository progress,
            UnitProcesses processes,
            Clock clock,
            AccessService access,
            ApiAccess apiAccess,
            CampaignCalendars calendars) {
        this.calendars = calendars;
        this.campaigns = campaigns;
        this.villages = villages;
        this.progress = progress;
        this.processes = processes;
        this.clock = clock;
        this.access = access;
        this.apiAccess = apiAccess;
    }

    /** Only the township (or the county above it) starts its own campaign ({@code POST /api/village-campaigns}). */
    @Override
    protected void requireRight(VillageCampaignRequest request) {
        if (!apiAccess.isTownship(countyCode(request), request.townshipCode())) {
            throw ApiAccess.forbidden("只有本乡镇党委、县委组织部或管理员可以启动本乡镇的村（社区）换届");
        }
    }

    @Override
    protected Map<VillageStep, LocalDate> checked(VillageCampaignRequest request) {
        return validate(request);
    }

    @Override
    protected VillageCampaignCreated start(
            VillageCampaignRequest request, Map<VillageStep, LocalDate> given, String user) {
        RepresentativesOrder order = RepresentativesOrder.orDefault(request.representativesOrder());
        Map<VillageStep, LocalDate> all = VillageDeadlines.complete(request.year(), given, calendars.base(), order);
        VillageDeadlines.firstOutOfOrder(all, order).ifPresent(pair -> {
            throw ApiException.badRequest(
                    "V9",
                    "deadlines." + pair[1].name(),
                    "「%s」的期限不能早于「%s」的期限".formatted(pair[1].label(), pair[0].label()));
        });
        List<String> keys = request.villages().stream()
                .map(v -> Codes.businessKey(request.year(), v.code()))
                .toList();
        UnitProcesses.requireKeysFree("villages", keys, villages.findByBusinessKeyIn(keys), "", request.year());
        VillageCampaign campaign = new VillageCampaign(
                request.townshipCode(),
                request.townshipName().trim(),
                countyCode(request),
                request.year(),
                all,
                order,
                clock.instant(),
                user);
        request.villages()
                .forEach(v ->
                        campaign.addVillage(v.code(), v.name().trim(), v.variant(), v.households(), meeting(v, order)));
        campaigns.saveAndFlush(campaign);
        Map<String, String> names = new LinkedHashMap<>();
        campaign.getVillages().forEach(v -> names.put(v.getCode(), v.getName()));
        List<AccessService.Account> accounts = access.provisionVillages(
                campaign.getCountyCode(), campaign.getTownshipCode(), campaign.getTownshipName(), names, PROCESS_KEY);
        for (Village village : campaign.getVillages()) {
            all.forEach((step, due) -> progress.save(new VillageStepProgress(village, step, due)));
            processes.start(village, PROCESS_KEY, variables(campaign, village), all);
            access.grantVillageInstance(
                    campaign.getCountyCode(),
                    campaign.getTownshipCode(),
                    village.getCode(),
                    village.getProcessInstanceId());
        }
        return VillageCampaignCreated.of(campaign, accounts);
    }

    private VariableMap variables(VillageCampaign campaign, Village village) {
        VariableMap variables = Variables.createVariables()
                .putValue("villageCampaignId", campaign.getId())
                .putValue("villageId", village.getId())
                .putValue("villageCode", village.getCode())
                .putValue("villageName", village.getName())
                .putValue("variant", village.getVariant().name())
                .putValue(
                        "electionMeeting",
                        village.getMeeting() == null
                                ? null
                                : village.getMeeting().name())
                // V7: the campaign's order; a community electing at its representatives meeting always has them first
                // (V3)
                .putValue(
                        "representativesFirst",
                        campaign.getRepresentativesOrder().representativesFirst() || village.representativesElect())
                .putValue("households", village.getHouseholds())
                .putValue("townshipCode", campaign.getTownshipCode())
                .putValue("townshipName", campaign.getTownshipName())
                .putValue("year", campaign.getYear())
                .putValue("townshipGroup", Groups.townshipSecretary(campaign.getTownshipCode()))
                .putValue("villageGroup", Groups.village(village.getCode()))
                .putValue("branchRaces", new ArrayList<>(VillageElectionService.BRANCH_RACES));
        return variables;
    }

    /**
     * V3: a community's meeting as given; left out, the residents' representatives meeting (as before the choice) when
     * the representatives come first, else the residents' meeting, the only one possible then (V7).
     */
    static ElectionMeeting meeting(VillageCampaignRequest.VillageRequest v, RepresentativesOrder order) {
        if (v.variant() != Variant.COMMUNITY) {
            return null;
        }
        if (v.meeting() != null) {
            return v.meeting();
        }
        return order.representativesFirst()
                ? ElectionMeeting.REPRESENTATIVES_MEETING
                : ElectionMeeting.RESIDENTS_MEETING;
    }

    private static String countyCode(VillageCampaignRequest request) {
        return Codes.countyOrDefault(request.countyCode());
    }

    /** Checks the whole request before anything is stored; returns the deadlines it sets. */
    static Map<VillageStep, LocalDate> validate(VillageCampaignRequest request) {
        code(request.townshipCode(), "townshipCode");
        text(request.townshipName(), "townshipName");
        if (request.countyCode() != null) {
            code(request.countyCode(), "countyCode");
        }
        if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
            throw ApiException.badRequest("V9", "year", "年份必须填写，且在2000到2100之间");
        }
        Map<VillageStep, LocalDate> given = new EnumMap<>(VillageStep.class);
        if (request.deadlines() != null) {
            request.deadlines().forEach((key, date) -> {
                VillageStep step;
                try {
                    step = VillageStep.valueOf(key);
                } catch (IllegalArgumentException e) {
                    throw ApiException.badRequest(
                            "V9",
                            "deadlines." + key,
                            "没有这个步骤；步骤为："
                                    + String.join(
                                            "、",
                                            Arrays.stream(VillageStep.values())
                                                    .map(Enum::name)
                                                    .toList()));
                }
                if (date == null) {
                    throw ApiException.badRequest("V9", "deadlines." + key, "期限日期不能为空");
                }
                given.put(step, date);
            });
        }
        var list = request.villages();
        if (list == null || list.isEmpty()) {
            throw ApiException.badRequest(null, "villages", "至少要有一个村或社区");
        }
        if (list.size() > MAX_VILLAGES) {
            throw ApiException.badRequest(null, "villages", "一次最多启动%d个村（社区）".formatted(MAX_VILLAGES));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            var v = list.get(i);
            String at = "villages[" + i + "]";
            if (v == null) {
                throw ApiException.badRequest(null, at, "村（社区）不能为空");
            }
            code(v.code(), at + ".code");
            if (!codes.add(v.code())) {
                throw ApiException.badRequest(null, at + ".code", "村（社区）代码重复：" + v.code());
            }
            text(v.name(), at + ".name");
            if (v.variant() == null) {
                throw ApiException.badRequest("V3", at + ".variant", "必须填写VILLAGE（村，二合一）或COMMUNITY（社区，分两次会议）");
            }
            if (v.households() == null || v.households() < 1 || v.households() > 1_000_000) {
                throw ApiException.badRequest("V7", at + ".households", "户数必须填写，且在1到1000000之间");
            }
            if (v.meeting() != null && v.variant() != Variant.COMMUNITY) {
                throw ApiException.badRequest(
                        "V3",
                        at + ".meeting",
                        "村在村民选举大会上提名并选举（二合一），不选择选举会议；"
                                + "选举会议只适用于社区（RESIDENTS_MEETING居民会议或REPRESENTATIVES_MEETING居民代表会议）");
            }
            if (v.meeting() == ElectionMeeting.REPRESENTATIVES_MEETING
                    && !RepresentativesOrder.orDefault(request.representativesOrder())
                            .representativesFirst()) {
                throw ApiException.badRequest(
                        "V7",
                        at + ".meeting",
                        "本次换届先选举委员会、再推选代表（篇三），"
                                + "社区不能在居民代表会议上选举居民委员会：请选择居民会议（RESIDENTS_MEETING），或先推选代表（BEFORE_COMMITTEE）");
            }
        }
        return given;
    }

    private static void code(String code, String field) {
        if (!Codes.valid(code)) {
            throw ApiException.badRequest(null, field, "代码必须填写，只能由字母、数字、-和_组成，最多32位");
        }
    }

    private static void text(String text, String field) {
        if (text == null || text.isBlank() || text.trim().length() > 50) {
            throw ApiException.badRequest(null, field, "名称必须填写，最多50个字");
        }
    }
}
