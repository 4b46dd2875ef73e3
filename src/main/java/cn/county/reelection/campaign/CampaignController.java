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

  public CampaignController(CampaignService service, CampaignRepository campaigns, cn.county.reelection.security.ApiAccess access) {
    this.service = service;
    this.campaigns = campaigns;
    this.access = access;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public CampaignCreated start(@RequestBody CampaignRequest request, Principal principal) {
    return service.startAsCurrentUser(request, principal == null ? null : principal.getName());
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
