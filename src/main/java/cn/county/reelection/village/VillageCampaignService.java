package cn.county.reelection.village;

import cn.county.reelection.calendar.CampaignCalendars;
import cn.county.reelection.campaign.Groups;
import cn.county.reelection.security.AccessService;
import cn.county.reelection.security.ApiAccess;
import cn.county.reelection.timeline.Deadlines;
import cn.county.reelection.timeline.TimelineService;
import cn.county.reelection.web.ApiException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts a township's village campaign: one {@code villageReelection} instance per village, all or nothing. */
@Service
public class VillageCampaignService {

  public static final String PROCESS_KEY = "villageReelection";
  static final String DEFAULT_COUNTY_CODE = "county";
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final int MAX_VILLAGES = 500;

  private final VillageCampaignRepository campaigns;
  private final VillageRepository villages;
  private final VillageStepProgressRepository progress;
  private final RuntimeService runtimeService;
  private final Deadlines deadlines;
  private final TimelineService timeline;
  private final AccessService access;
  private final ApiAccess apiAccess;
  private final CampaignCalendars calendars;

  public VillageCampaignService(VillageCampaignRepository campaigns, VillageRepository villages,
      VillageStepProgressRepository progress, RuntimeService runtimeService, Deadlines deadlines, TimelineService timeline,
      AccessService access, ApiAccess apiAccess, CampaignCalendars calendars) {
    this.calendars = calendars;
    this.campaigns = campaigns;
    this.villages = villages;
    this.progress = progress;
    this.runtimeService = runtimeService;
    this.deadlines = deadlines;
    this.timeline = timeline;
    this.access = access;
    this.apiAccess = apiAccess;
  }

  /** {@code POST /api/village-campaigns}: the township (or the county above it) starts its own campaign. */
  @Transactional
  public VillageCampaignCreated startAsCurrentUser(VillageCampaignRequest request, String user) {
    Map<VillageStep, LocalDate> given = validate(request);
    if (!apiAccess.isTownship(countyCode(request), request.townshipCode())) {
      throw ApiAccess.forbidden("只有本乡镇党委、县委组织部或管理员可以启动本乡镇的村（社区）换届");
    }
    return start(request, given, user);
  }

  @Transactional
  public VillageCampaignCreated start(VillageCampaignRequest request, String user) {
    return start(request, validate(request), user);
  }

  private VillageCampaignCreated start(VillageCampaignRequest request, Map<VillageStep, LocalDate> given, String user) {
    Map<VillageStep, LocalDate> all = VillageDeadlines.complete(request.year(), given, calendars.base());
    VillageDeadlines.firstOutOfOrder(all).ifPresent(pair -> {
      throw ApiException.badRequest("V9", "deadlines." + pair[1].name(),
          "「%s」的期限不能早于「%s」的期限".formatted(pair[1].label(), pair[0].label()));
    });
    List<String> keys = request.villages().stream().map(v -> request.year() + "-" + v.code()).toList();
    List<Village> taken = villages.findByBusinessKeyIn(keys);
    if (!taken.isEmpty()) {
      throw new ApiException(HttpStatus.CONFLICT, null, "villages[" + keys.indexOf(taken.get(0).getBusinessKey()) + "].code",
          "%s已在%d年的换届中（业务键%s）".formatted(taken.get(0).getName(), request.year(), taken.get(0).getBusinessKey()));
    }
    VillageCampaign campaign = new VillageCampaign(request.townshipCode(), request.townshipName().trim(), countyCode(request),
        request.year(), all, timeline.now(), user);
    request.villages().forEach(v -> campaign.addVillage(v.code(), v.name().trim(), v.variant(), v.households()));
    campaigns.saveAndFlush(campaign);
    Map<String, String> names = new LinkedHashMap<>();
    campaign.getVillages().forEach(v -> names.put(v.getCode(), v.getName()));
    List<AccessService.Account> accounts = access.provisionVillages(campaign.getCountyCode(), campaign.getTownshipCode(),
        campaign.getTownshipName(), names, PROCESS_KEY);
    for (Village village : campaign.getVillages()) {
      all.forEach((step, due) -> progress.save(new VillageStepProgress(village, step, due)));
      village.setProcessInstanceId(runtimeService
          .startProcessInstanceByKey(PROCESS_KEY, village.getBusinessKey(), variables(campaign, village, all)).getId());
      access.grantVillageInstance(campaign.getCountyCode(), campaign.getTownshipCode(), village.getCode(),
          village.getProcessInstanceId());
    }
    return VillageCampaignCreated.of(campaign, accounts);
  }

  private VariableMap variables(VillageCampaign campaign, Village village, Map<VillageStep, LocalDate> due) {
    VariableMap variables = Variables.createVariables()
        .putValue("villageCampaignId", campaign.getId())
        .putValue("villageId", village.getId())
        .putValue("villageCode", village.getCode())
        .putValue("villageName", village.getName())
        .putValue("variant", village.getVariant().name())
        .putValue("households", village.getHouseholds())
        .putValue("townshipCode", campaign.getTownshipCode())
        .putValue("townshipName", campaign.getTownshipName())
        .putValue("year", campaign.getYear())
        .putValue("townshipGroup", Groups.townshipSecretary(campaign.getTownshipCode()))
        .putValue("villageGroup", Groups.village(village.getCode()))
        .putValue("branchRaces", new java.util.ArrayList<>(List.of(VillageElectionService.BRANCH, VillageElectionService.SECRETARY)));
    due.forEach((step, day) -> variables.putValue(step.variableName(), deadlines.endOfAsDate(day)));
    return variables;
  }

  private static String countyCode(VillageCampaignRequest request) {
    return request.countyCode() == null ? DEFAULT_COUNTY_CODE : request.countyCode();
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
          throw ApiException.badRequest("V9", "deadlines." + key, "没有这个步骤；步骤为：" + String.join("、",
              java.util.Arrays.stream(VillageStep.values()).map(Enum::name).toList()));
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
    }
    return given;
  }

  private static void code(String code, String field) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw ApiException.badRequest(null, field, "代码必须填写，只能由字母、数字、-和_组成，最多32位");
    }
  }

  private static void text(String text, String field) {
    if (text == null || text.isBlank() || text.trim().length() > 50) {
      throw ApiException.badRequest(null, field, "名称必须填写，最多50个字");
    }
  }
}
