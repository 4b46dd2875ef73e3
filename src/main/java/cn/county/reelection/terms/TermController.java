package cn.county.reelection.terms;

import cn.county.reelection.township.CampaignRequest;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/terms")
public class TermController {

    private final TermRegister register;

    public TermController(TermRegister register) {
        this.register = register;
    }

    @Operation(
            summary = "任期登记：各乡镇党委和村（居）委会、村党支部的本届任期",
            description = "每届任期5年，自选举之日起算（R1、V10）。endingSoon：6个月内届满或已届满（T1任期）。" + "县委组织部和管理员看本县全部，乡镇党委书记只看本乡镇；其他角色403。")
    @GetMapping
    public List<TermView> terms() {
        return register.listForCurrentUser();
    }

    @Operation(
            summary = "从届满的任期起草换届",
            description = "返回可提交到POST /api/campaigns的换届请求：本县党委任期在year年底前届满（或已届满）的乡镇，"
                    + "所属党组织取自本县最近一次换届，期限取种子默认日期。县委组织部核对修改后提交。countyCode可省略（只管一个县时）。")
    @GetMapping("/campaign-draft")
    public CampaignRequest campaignDraft(
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String countyCode) {
        return register.campaignDraft(year, countyCode);
    }
}
