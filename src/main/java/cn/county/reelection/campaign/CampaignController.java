package cn.county.reelection.campaign;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/campaigns")
public class CampaignController {

  private final CampaignService service;
  private final CampaignRepository campaigns;
  private final cn.county.reelection.security.ApiAccess access;
  private final cn.county.reelection.dryrun.DryRunService dryRuns;

  public CampaignController(CampaignService service, CampaignRepository campaigns, cn.county.reelection.security.ApiAccess access,
      cn.county.reelection.dryrun.DryRunService dryRuns) {
    this.dryRuns = dryRuns;
    this.service = service;
    this.campaigns = campaigns;
    this.access = access;
  }

  /**
   * Starts a campaign (201), or with {@code dryRun=true} rehearses it with simulated townships and answers
   * the board at each deadline (200), keeping nothing.
   */
  @PostMapping
  public org.springframework.http.ResponseEntity<Object> start(@RequestBody CampaignRequest request,
      @RequestParam(defaultValue = "false") boolean dryRun, Principal principal) {
    String user = principal == null ? null : principal.getName();
    if (dryRun) {
      return org.springframework.http.ResponseEntity.ok(dryRuns.run(request, user));
    }
    return org.springframework.http.ResponseEntity.status(HttpStatus.CREATED).body(service.startAsCurrentUser(request, user));
  }

  @GetMapping
  @Transactional(readOnly = true)
  public List<CampaignCreated> list() {
    return campaigns.findAll().stream()
        .filter(c -> c.getTownships().stream().anyMatch(t -> access.canSee(c, t)))
        .map(CampaignCreated::of).toList();
  }

  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  public CampaignCreated get(@PathVariable long id) {
    Campaign campaign = campaigns.findById(id)
        .orElseThrow(() -> cn.county.reelection.web.ApiException.notFound("没有编号为%d的换届".formatted(id)));
    if (campaign.getTownships().stream().noneMatch(t -> access.canSee(campaign, t))) {
      throw cn.county.reelection.security.ApiAccess.forbidden("无权查看这次换届");
    }
    return CampaignCreated.of(campaign);
  }
}
