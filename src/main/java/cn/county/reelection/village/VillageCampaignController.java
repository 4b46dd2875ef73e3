package cn.county.reelection.village;

import cn.county.reelection.reporting.Board;
import cn.county.reelection.security.ApiAccess;
import cn.county.reelection.web.ApiException;
import cn.county.reelection.web.BodyExample;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

/** The township's village campaigns, each village's voter register and its audit trail (V1–V11). */
@RestController
public class VillageCampaignController {

    static final String VILLAGE_EXAMPLE = """
      {"townshipCode":"TS01","townshipName":"羊岑乡","year":2026,"representativesOrder":"BEFORE_COMMITTEE",
       "villages":[{"code":"TS01-V01","name":"新华村","variant":"VILLAGE","households":320},
                   {"code":"TS01-C01","name":"金江社区","variant":"COMMUNITY","households":876,"meeting":"RESIDENTS_MEETING"}]}""";

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final VillageCampaignService campaigns;
    private final VillageReportService reports;
    private final RegisterService register;
    private final VillageElectionService elections;
    private final ApiAccess access;
    private final VillageHistoryService villageHistory;

    public VillageCampaignController(
            VillageCampaignService campaigns,
            VillageReportService reports,
            RegisterService register,
            VillageElectionService elections,
            ApiAccess access,
            VillageHistoryService villageHistory) {
        this.villageHistory = villageHistory;
        this.campaigns = campaigns;
        this.reports = reports;
        this.register = register;
        this.elections = elections;
        this.access = access;
    }

    @Operation(summary = "启动村（社区）两委换届", description = "乡镇启动本乡镇村和社区的换届：每个村（社区）一个villageReelection流程实例。")
    @BodyExample(VILLAGE_EXAMPLE)
    @PostMapping("/api/village-campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    public VillageCampaignCreated start(@RequestBody VillageCampaignRequest request, Principal principal) {
        return campaigns.startAsCurrentUser(request, principal == null ? null : principal.getName());
    }

    @Operation(summary = "一次村（社区）换届")
    @GetMapping("/api/village-campaigns/{id}")
    @Transactional(readOnly = true)
    public VillageCampaignCreated get(@PathVariable long id) {
        VillageCampaign c = reports.campaign(id);
        reports.visible(c, true);
        return VillageCampaignCreated.of(c, List.of());
    }

    /** V9: every village × step with due date and state. */
    @Operation(summary = "村（社区）换届进度看板", description = "每个村（社区）×每个步骤的期限和状态（V9）。")
    @GetMapping("/api/village-campaigns/{id}/board")
    public Board board(@PathVariable long id) {
        return reports.board(id, true);
    }

    /** V8: the township's summary (一肩挑, committees with a woman, 交叉率, villages needing another election). */
    @Operation(summary = "村（社区）换届汇总", description = "一肩挑、有女性成员的委员会、交叉率、另行选举的村（社区）（V8）。")
    @GetMapping("/api/village-campaigns/{id}/summary")
    public VillageReportService.Summary summary(@PathVariable long id) {
        return reports.summary(id, true);
    }

    /** V1: imports the village's register (CSV or XLSX); answers what the check found. */
    @Operation(summary = "导入选民登记表（V1）", description = "CSV或Excel；返回检查结果：重复、错登、18岁以下、已在其他村登记等未登记的行。")
    @BodyExample(
            value = "file=@选民登记表.xlsx（multipart/form-data，字段名file）；electionDay=2027-03-15",
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PostMapping(path = "/api/villages/{businessKey}/register", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Transactional
    public RegisterReport importRegister(
            @PathVariable String businessKey,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "electionDay", required = false) String electionDayText)
            throws IOException {
        Village village = visibleVillage(businessKey);
        // checked after the right: another village's people hear 403, not what their upload lacks
        if (file == null) {
            throw ApiException.badRequest("V1", "file", "请上传选民登记表文件（CSV或XLSX）");
        }
        LocalDate electionDay;
        try {
            electionDay = electionDayText == null || electionDayText.isBlank()
                    ? null
                    : LocalDate.parse(electionDayText.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("V1", "electionDay", "选举日期应写作2027-03-10");
        }
        return register.importRegister(
                village.getBusinessKey(), file.getOriginalFilename(), file.getInputStream(), electionDay);
    }

    @Operation(summary = "选民登记检查结果（V1）")
    @GetMapping("/api/villages/{businessKey}/register")
    @Transactional(readOnly = true)
    public RegisterReport registerReport(@PathVariable String businessKey) {
        return register.report(visibleVillage(businessKey).getBusinessKey());
    }

    /** V1: the published list (选民名单) as an XLSX document. */
    @Operation(summary = "选民名单（Excel，V1）", description = "张榜公布的选民名单。")
    @GetMapping("/api/villages/{businessKey}/voters.xlsx")
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> voters(@PathVariable String businessKey) {
        Village village = visibleVillage(businessKey);
        if (village.getRegisterElectionDay() == null) {
            throw ApiException.notFound("%s尚未导入选民登记表".formatted(village.getName()));
        }
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(village.getBusinessKey() + "-选民名单.xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(register.publishedList(village.getBusinessKey()));
    }

    /** V8: one village's outcome, once worked out. */
    @Operation(summary = "村（社区）的换届结果（V8）")
    @GetMapping("/api/villages/{businessKey}/outcome")
    @Transactional(readOnly = true)
    public VillageReportService.OutcomeView outcome(@PathVariable String businessKey) {
        Village village = visibleVillage(businessKey);
        VillageOutcome outcome = elections.readOutcome(village);
        if (outcome == null) {
            throw ApiException.notFound("%s的换届结果尚未汇总".formatted(village.getName()));
        }
        return VillageReportService.view(village, outcome);
    }

    /** V11: the village's decisions and ballots, kept in the township's record (R11). */
    @io.swagger.v3.oas.annotations.Operation(
            summary = "村（社区）的换届记录（V11）",
            description = "审批和退回及理由、保留缺额的决定、每次计票（应到、实到、选票、当选），每项任务由谁完成。")
    @GetMapping("/api/villages/{businessKey}/history")
    @Transactional(readOnly = true)
    public java.util.List<cn.county.reelection.audit.HistoryEntry> history(@PathVariable String businessKey) {
        return villageHistory.history(visibleVillage(businessKey));
    }

    private Village visibleVillage(String businessKey) {
        Village village = register.village(businessKey);
        VillageCampaign c = village.getCampaign();
        if (!access.canSeeVillage(c.getCountyCode(), c.getTownshipCode(), village.getCode())) {
            throw ApiAccess.forbidden("无权查看%s的换届信息".formatted(village.getName()));
        }
        return village;
    }
}
