package cn.county.reelection.reporting;

import cn.county.reelection.campaign.Campaign;
import cn.county.reelection.sheet.SheetHttp;
import cn.county.reelection.web.ErrorResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The board and the county's summary as files: the board as printed, the summary for the city as .xlsx and .docx. */
@RestController
@Tag(name = "看板和汇总", description = "换届进度看板、提醒和县委组织部的汇总")
public class ExportController {

    private final BoardService boards;
    private final SummaryService summaries;

    public ExportController(BoardService boards, SummaryService summaries) {
        this.boards = boards;
        this.summaries = summaries;
    }

    @GetMapping("/api/campaigns/{id}/board.xlsx")
    @Operation(
            operationId = "boardXlsx",
            summary = "换届进度看板（Excel，可打印）",
            description = "每个乡镇一行、每个步骤一列（状态、期限、完成日期），逾期数和需处理数；表头冻结并在每页重复，A4横向、按页宽缩放。"
                    + "与GET /api/campaigns/{id}/board权限相同：县委组织部看全部乡镇，乡镇只看本乡镇一行。")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = SheetHttp.XLSX_VALUE))
    @ErrorResponse(status = "403")
    public ResponseEntity<byte[]> boardXlsx(
            @Parameter(description = "换届编号", example = "1") @PathVariable long id,
            @Parameter(description = "只要一个乡镇（乡镇代码）", example = "TS01") @RequestParam(required = false)
                    String township) {
        Board board = boards.boardForCurrentUser(id, township);
        String title = "%s%d年乡镇党委换届进度".formatted(board.county(), board.year());
        return SheetHttp.download(
                BoardWorkbook.xlsx(board, title, "乡镇"), SheetHttp.XLSX, title + ".xlsx", "board-" + id + ".xlsx");
    }

    @GetMapping("/api/campaigns/{id}/summary.xlsx")
    @Operation(
            operationId = "summaryXlsx",
            summary = "换届选举工作汇总表（Excel）",
            description = "每个乡镇一行及合计：新一届党委委员的平均年龄、45岁以下、35岁以下、女性、少数民族、学历；党代会代表构成（R2）；"
                    + "各项选举的参会率；另行投票的选举和未选足的名额；逾期的步骤。另有“另行投票”“逾期步骤”两个工作表。只供县委组织部和管理员。")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = SheetHttp.XLSX_VALUE))
    @ErrorResponse(status = "403", description = "不是本县的县委组织部或管理员")
    public ResponseEntity<byte[]> summaryXlsx(@Parameter(description = "换届编号", example = "1") @PathVariable long id) {
        CampaignSummary summary = countySummary(id);
        String name = "%s%d年乡镇党委换届选举工作汇总表".formatted(summary.county(), summary.year());
        return SheetHttp.download(
                SummaryWorkbook.xlsx(summary), SheetHttp.XLSX, name + ".xlsx", "summary-" + id + ".xlsx");
    }

    @GetMapping("/api/campaigns/{id}/summary.docx")
    @Operation(
            operationId = "summaryDocx",
            summary = "换届选举工作情况的报告（Word，县委组织部报市委组织部）",
            description = "与乡镇公文相同的版式：总体情况、新一届党委班子结构、党代会代表结构、选举情况、工作进度，各附分乡镇的表格。只供县委组织部和管理员。")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = SheetHttp.DOCX_VALUE))
    @ErrorResponse(status = "403", description = "不是本县的县委组织部或管理员")
    public ResponseEntity<byte[]> summaryDocx(@Parameter(description = "换届编号", example = "1") @PathVariable long id) {
        CampaignSummary summary = countySummary(id);
        return SheetHttp.download(
                SummaryDocument.docx(summary),
                SheetHttp.DOCX,
                SummaryDocument.title(summary) + ".docx",
                "summary-" + id + ".docx");
    }

    private CampaignSummary countySummary(long id) {
        Campaign campaign = summaries.campaign(id);
        summaries.requireCounty(campaign);
        return summaries.summary(id);
    }
}
