package cn.county.reelection.village;

import cn.county.reelection.security.ApiAccess;
import cn.county.reelection.sheet.SheetHttp;
import cn.county.reelection.sheet.WorkbookImport;
import cn.county.reelection.web.ErrorResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A village campaign from an Excel workbook: the same answer as {@code POST /api/village-campaigns}, and its template. */
@RestController
@Tag(name = "村（社区）换届", description = "乡镇启动和查看村（社区）两委换届")
public class VillageImportController {

    static final String ERRORS_EXAMPLE = """
      {"status":400,"rule":"V3","field":"file","message":"文件有1处错误，未导入任何村（社区）","errors":[
        {"sheet":"村和社区","row":4,"column":"C","columnLabel":"类型","message":"[V3] 类型：“镇”无法识别：应填村或社区","rule":"V3"}]}""";

    private final VillageCampaignService campaigns;
    private final VillageReportService reports;
    private final ApiAccess access;

    public VillageImportController(VillageCampaignService campaigns, VillageReportService reports, ApiAccess access) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.access = access;
    }

    @GetMapping("/api/village-campaigns/{id}/summary.xlsx")
    @Operation(
            operationId = "villageSummaryXlsx",
            summary = "村（社区）两委换届汇总表（Excel）",
            description = "每个村（社区）一行及合计（V8）：委员会成员、女性、一肩挑、交叉率、参选率、另行选举、村民代表和小组长，逾期的步骤。" + "表头冻结并在每页重复，A4横向。只供县委组织部和管理员。")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = SheetHttp.XLSX_VALUE))
    @ErrorResponse(status = "403", description = "不是县委组织部或管理员")
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> summaryXlsx(
            @Parameter(description = "村（社区）换届编号", example = "1") @PathVariable long id) {
        VillageCampaign c = reports.campaign(id);
        if (!access.isCounty(c.getCountyCode())) {
            throw ApiAccess.forbidden("汇总只供县委组织部和管理员查看");
        }
        String name = "%s%d年村（社区）两委换届选举工作汇总表".formatted(c.getTownshipName(), c.getYear());
        return SheetHttp.download(
                VillageSummaryWorkbook.xlsx(reports.summary(id, false), reports.board(id, false)),
                SheetHttp.XLSX,
                name + ".xlsx",
                "village-summary-" + id + ".xlsx");
    }

    @PostMapping(path = "/api/village-campaigns/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            operationId = "importVillageCampaign",
            summary = "从Excel导入并启动村（社区）换届",
            description = "上传按模板填写的Excel工作簿（.xlsx）：“换届设置”写乡镇、年度和可选的期限，“村和社区”每行一个村或社区（类型、户数）。"
                    + "与POST /api/village-campaigns相同的规则逐格检查；全部正确才启动（201，回答相同），否则400列出每处错误，不保存任何数据。")
    @WorkbookImport(file = "村社区换届导入.xlsx", errors = ERRORS_EXAMPLE, started = VillageCampaignCreated.class)
    @ErrorResponse(status = "403", description = "不是本乡镇党委、县委组织部或管理员")
    public ResponseEntity<?> importVillageCampaign(
            @Parameter(hidden = true) @RequestPart(name = "file", required = false) MultipartFile file,
            Principal principal)
            throws IOException {
        return SheetHttp.imported(
                file,
                "/api/village-campaigns/import",
                VillageCampaignSheet::read,
                request -> ResponseEntity.status(HttpStatus.CREATED)
                        .body(campaigns.startAsCurrentUser(request, principal == null ? null : principal.getName())));
    }

    @GetMapping("/api/village-campaigns/import")
    @Operation(
            operationId = "villageCampaignImportTemplate",
            summary = "村（社区）换届导入模板（Excel）",
            description = "“换届设置”“村和社区”两个工作表，含示例行，另有“填写说明”。")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = SheetHttp.XLSX_VALUE))
    public ResponseEntity<byte[]> template() {
        return SheetHttp.download(
                VillageCampaignSheet.template(),
                SheetHttp.XLSX,
                "村社区换届导入模板.xlsx",
                "village-campaign-import-template.xlsx");
    }
}
