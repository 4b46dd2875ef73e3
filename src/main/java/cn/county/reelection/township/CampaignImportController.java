package cn.county.reelection.township;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A campaign from an Excel workbook: the same answer as {@code POST /api/campaigns}, and its template. */
@RestController
@Tag(name = "换届", description = "县委组织部启动和查看换届")
public class CampaignImportController {

    static final String ERRORS_EXAMPLE = """
      {"status":400,"rule":"R2","field":"file","message":"文件有2处错误，未导入任何乡镇和党组织","errors":[
        {"sheet":"乡镇和党组织","row":3,"column":"E","columnLabel":"党员人数",
         "message":"[R2] 党员人数：“0”不是1到1000000之间的整数，代表名额按党员人数分配","rule":"R2"},
        {"sheet":"乡镇和党组织","row":5,"column":"C","columnLabel":"党组织代码",
         "message":"[R2] 党组织代码：党组织代码重复：TS01-B01","rule":"R2"}]}""";

    private final CampaignService service;
    private final CampaignRehearsal dryRuns;

    public CampaignImportController(CampaignService service, CampaignRehearsal dryRuns) {
        this.service = service;
        this.dryRuns = dryRuns;
    }

    @PostMapping(path = "/api/campaigns/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            operationId = "importCampaign",
            summary = "从Excel导入并启动换届（或演练）",
            description = "上传按模板填写的Excel工作簿（.xlsx）：“换届设置”写县名称、年度和可选的期限，“乡镇和党组织”每行一个党组织及其党员人数。"
                    + "与POST /api/campaigns相同的规则逐格检查；文件全部正确才启动（201，与POST /api/campaigns的回答相同），"
                    + "否则返回400并列出每处错误所在的工作表、行、列，不保存任何数据。dryRun=true时演练（200），不保存。")
    @WorkbookImport(file = "换届导入.xlsx", errors = ERRORS_EXAMPLE, started = CampaignCreated.class)
    @ApiResponse(
            responseCode = "200",
            description = "dryRun=true：演练结果",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
    @ErrorResponse(status = "403", description = "不是本县的县委组织部或管理员")
    public ResponseEntity<?> importCampaign(
            @Parameter(hidden = true) @RequestPart(name = "file", required = false) MultipartFile file,
            @Parameter(description = "true：只演练，不保存", example = "false") @RequestParam(defaultValue = "false")
                    boolean dryRun,
            Principal principal)
            throws IOException {
        String user = principal == null ? null : principal.getName();
        return SheetHttp.imported(
                file,
                "/api/campaigns/import",
                CampaignSheet::read,
                request -> dryRun
                        ? ResponseEntity.ok(dryRuns.run(request, user))
                        : ResponseEntity.status(HttpStatus.CREATED).body(service.startAsCurrentUser(request, user)));
    }

    @GetMapping("/api/campaigns/import")
    @Operation(
            operationId = "campaignImportTemplate",
            summary = "换届导入模板（Excel）",
            description = "“换届设置”“乡镇和党组织”两个工作表，含示例行，另有“填写说明”。")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = SheetHttp.XLSX_VALUE))
    public ResponseEntity<byte[]> template() {
        return SheetHttp.download(
                CampaignSheet.template(), SheetHttp.XLSX, "换届导入模板.xlsx", "campaign-import-template.xlsx");
    }
}
