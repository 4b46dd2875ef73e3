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

  public CampaignController(CampaignService service, CampaignRepository campaigns) {
    this.service = service;
    this.campaigns = campaigns;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public CampaignCreated start(@RequestBody CampaignRequest request, Principal principal) {
    return service.start(request, principal == null ? null : principal.getName());
  }

  @GetMapping
  @Transactional(readOnly = true)
  public List<CampaignCreated> list() {
    return campaigns.findAll().stream().map(CampaignCreated::of).toList();
  }

  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  public CampaignCreated get(@PathVariable long id) {
    return campaigns.findById(id).map(CampaignCreated::of)
        .orElseThrow(() -> cn.county.reelection.web.ApiException.notFound("没有编号为%d的换届".formatted(id)));
  }
}
