package cn.county.reelection.village;

import cn.county.reelection.reporting.Board;
import cn.county.reelection.security.ApiAccess;
import cn.county.reelection.web.ApiException;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

/** The township's village campaigns and each village's voter register (V1–V9). */
@RestController
public class VillageCampaignController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final VillageCampaignService campaigns;
  private final VillageReportService reports;
  private final RegisterService register;
  private final VillageElectionService elections;
  private final ApiAccess access;

  public VillageCampaignController(VillageCampaignService campaigns, VillageReportService reports, RegisterService register,
      VillageElectionService elections, ApiAccess access) {
    this.campaigns = campaigns;
    this.reports = reports;
    this.register = register;
    this.elections = elections;
    this.access = access;
  }

  @PostMapping("/api/village-campaigns")
  @ResponseStatus(HttpStatus.CREATED)
  public VillageCampaignCreated start(@RequestBody VillageCampaignRequest request, Principal principal) {
    return campaigns.startAsCurrentUser(request, principal == null ? null : principal.getName());
  }

  @GetMapping("/api/village-campaigns/{id}")
  @Transactional(readOnly = true)
  public VillageCampaignCreated get(@PathVariable long id) {
    VillageCampaign c = reports.campaign(id);
    reports.visible(c, true);
    return VillageCampaignCreated.of(c, java.util.List.of());
  }

  /** V9: every village × step with due date and state. */
  @GetMapping("/api/village-campaigns/{id}/board")
  public Board board(@PathVariable long id) {
    return reports.board(id, true);
  }

  /** V8: the township's summary (一肩挑, committees with a woman, 交叉率, villages needing another election). */
  @GetMapping("/api/village-campaigns/{id}/summary")
  public VillageReportService.Summary summary(@PathVariable long id) {
    return reports.summary(id, true);
  }

  /** V1: imports the village's register (CSV or XLSX); answers what the check found. */
  @PostMapping(path = "/api/villages/{businessKey}/register", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Transactional
  public RegisterReport importRegister(@PathVariable String businessKey, @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate electionDay) throws IOException {
    Village village = visibleVillage(businessKey);
    return register.importRegister(village.getBusinessKey(), file.getOriginalFilename(), file.getInputStream(), electionDay);
  }

  @GetMapping("/api/villages/{businessKey}/register")
  @Transactional(readOnly = true)
  public RegisterReport registerReport(@PathVariable String businessKey) {
    return register.report(visibleVillage(businessKey).getBusinessKey());
  }

  /** V1: the published list (选民名单) as an XLSX document. */
  @GetMapping("/api/villages/{businessKey}/voters.xlsx")
  @Transactional(readOnly = true)
  public ResponseEntity<byte[]> voters(@PathVariable String businessKey) {
    Village village = visibleVillage(businessKey);
    if (village.getRegisterElectionDay() == null) {
      throw ApiException.notFound("%s尚未导入选民登记表".formatted(village.getName()));
    }
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(village.getBusinessKey() + "-选民名单.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .body(register.publishedList(village.getBusinessKey()));
  }

  /** V8: one village's outcome, once worked out. */
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

  private Village visibleVillage(String businessKey) {
    Village village = register.village(businessKey);
    VillageCampaign c = village.getCampaign();
    if (!access.canSeeVillage(c.getCountyCode(), c.getTownshipCode(), village.getCode())) {
      throw ApiAccess.forbidden("无权查看%s的换届信息".formatted(village.getName()));
    }
    return village;
  }
}
