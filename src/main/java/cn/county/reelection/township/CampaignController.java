package cn.county.reelection.township;

import cn.county.reelection.campaign.Campaign;
import cn.county.reelection.campaign.CampaignRepository;
import cn.county.reelection.security.ApiAccess;
import cn.county.reelection.web.ApiException;
import cn.county.reelection.web.BodyExample;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/campaigns")
public class CampaignController {

    static final String CAMPAIGN_EXAMPLE = """
      {"county":"示例县","year":2026,
       "deadlines":{"T2":"2026-11-10","T3":"2026-11-20","T4":"2026-11-20","T7":"2026-11-30","T9":"2026-12-03"},
       "townships":[{"code":"TS01","name":"羊岑乡","organisations":[{"code":"TS01-B01","name":"第一支部","members":42}]}]}""";

    private final CampaignService service;
    private final CampaignRepository campaigns;
    private final ApiAccess access;
    private final CampaignRehearsal dryRuns;

    public CampaignController(
            CampaignService service, CampaignRepository campaigns, ApiAccess access, CampaignRehearsal dryRuns) {
        this.dryRuns = dryRuns;
        this.service = service;
        this.campaigns = campaigns;
        this.access = access;
    }

    /**
     * Starts a campaign (201), or with {@code dryRun=true} rehearses it with simulated townships and answers
     * the board at each deadline (200), keeping nothing.
     */
    @Operation(
            summary = "启动换届（或演练）",
            description =
                    "县委组织部启动一次换届：每个乡镇一个townshipReelection流程实例（201）；dryRun=true时演练并返回每个期限日的看板（200），不保存。deadlines可省略。")
    @BodyExample(CAMPAIGN_EXAMPLE)
    @PostMapping
    public ResponseEntity<Object> start(
            @RequestBody CampaignRequest request,
            @RequestParam(defaultValue = "false") boolean dryRun,
            Principal principal) {
        String user = principal == null ? null : principal.getName();
        if (dryRun) {
            return ResponseEntity.ok(dryRuns.run(request, user));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(service.startAsCurrentUser(request, user));
    }

    @Operation(summary = "换届列表", description = "当前用户可以看到的换届。")
    @GetMapping
    @Transactional(readOnly = true)
    public List<CampaignCreated> list() {
        return campaigns.findAll().stream()
                .filter(c -> c.getTownships().stream().anyMatch(t -> access.canSee(c, t)))
                .map(CampaignCreated::of)
                .toList();
    }

    @Operation(summary = "一次换届", description = "换届的期限和各乡镇的流程实例。")
    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    public CampaignCreated get(@PathVariable long id) {
        Campaign campaign = campaigns.findById(id).orElseThrow(() -> ApiException.notFound("没有编号为%d的换届".formatted(id)));
        if (campaign.getTownships().stream().noneMatch(t -> access.canSee(campaign, t))) {
            throw ApiAccess.forbidden("无权查看这次换届");
        }
        return CampaignCreated.of(campaign);
    }
}
