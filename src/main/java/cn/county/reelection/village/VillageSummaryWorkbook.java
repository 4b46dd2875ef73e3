package cn.county.reelection.village;

import cn.county.reelection.reporting.Board;
import cn.county.reelection.sheet.SheetWriter;
import cn.county.reelection.timeline.StepState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The township's village summary (V8) as the same kind of workbook as the county's: one row a village or
 * community, the township's total last (from {@link TownshipSummary}), and the steps overdue or done late.
 */
final class VillageSummaryWorkbook {

    static final List<String> COLUMNS = List.of(
            "代码", "村（社区）", "类型", "委员会成员", "女性", "一肩挑", "兼任支部委员", "交叉率", "应参加", "实参加", "参选率", "另行选举", "未选足名额", "村民代表",
            "应推选代表", "村民小组长", "逾期未完成", "逾期完成");

    private VillageSummaryWorkbook() {}

    static byte[] xlsx(VillageReportService.Summary summary, Board board) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        SheetWriter.Styles styles = SheetWriter.Styles.of(workbook);
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Sheet sheet = workbook.createSheet("汇总");
        sheet.createRow(0)
                .createCell(0)
                .setCellValue("%s%d年村（社区）两委换届选举工作汇总表".formatted(summary.townshipName(), summary.year()));
        sheet.getRow(0).getCell(0).setCellStyle(styles.title());
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
        sheet.createRow(1)
                .createCell(0)
                .setCellValue("已报告%d个，未报告%d个%s；交叉率为兼任党支部委员的委员会成员除以委员会成员"
                        .formatted(
                                summary.reported(),
                                summary.notYetReported().size(),
                                summary.notYetReported().isEmpty()
                                        ? ""
                                        : "（" + String.join("、", summary.notYetReported()) + "）"));
        List<Integer> widths = new ArrayList<>(List.of(12, 12, 6));
        for (int c = 3; c < COLUMNS.size(); c++) {
            widths.add(c >= COLUMNS.size() - 2 ? 20 : 8);
        }
        SheetWriter.header(sheet, 2, COLUMNS, widths, styles);
        sheet.getRow(2).setHeightInPoints(32);
        Map<String, Board.Row> rows = board.townships().stream().collect(Collectors.toMap(Board.Row::code, r -> r));
        Map<String, String> labels =
                board.steps().stream().collect(Collectors.toMap(Board.StepColumn::step, Board.StepColumn::label));
        int r = 3;
        for (VillageReportService.OutcomeView v : summary.villages()) {
            VillageOutcome o = v.outcome();
            Row row = sheet.createRow(r++);
            int c = 0;
            row.createCell(c++).setCellValue(v.code());
            row.createCell(c++).setCellValue(v.name());
            row.createCell(c++).setCellValue(v.variant() == Variant.VILLAGE ? "村" : "社区");
            c = number(row, c, o.committee().size(), null);
            c = number(row, c, v.women(), null);
            row.createCell(c++).setCellValue(v.secretaryChairs() ? "是" : "否");
            c = number(row, c, v.overlap(), null);
            c = share(row, c, v.overlap(), o.committee().size(), styles.percent());
            c = number(row, c, o.entitled(), null);
            c = number(row, c, o.tookPart(), null);
            c = share(row, c, o.tookPart(), o.entitled(), styles.percent());
            row.createCell(c++).setCellValue(o.anotherElection() ? "是" : "否");
            c = number(row, c, o.unfilledSeats(), null);
            c = number(row, c, o.representatives(), null);
            c = number(row, c, v.representativesExpected(), null);
            c = number(row, c, o.groupLeaders(), null);
            Board.Row boardRow = rows.get(v.code());
            row.createCell(c++).setCellValue(steps(boardRow, StepState.OVERDUE, labels));
            row.createCell(c).setCellValue(steps(boardRow, StepState.DONE_LATE, labels));
        }
        TownshipSummary t = summary.summary();
        Row total = sheet.createRow(r);
        int c = 0;
        total.createCell(c++).setCellValue("");
        total.createCell(c++).setCellValue("合计");
        total.createCell(c++).setCellValue("%d村%d社区".formatted(t.villages(), t.communities()));
        c = number(total, c, t.committeeMembers(), bold);
        c = number(total, c, t.women(), bold);
        c = number(total, c, t.secretaryChairs(), bold);
        c = number(total, c, t.overlapMembers(), bold);
        c = share(total, c, t.overlapMembers(), t.committeeMembers(), styles.percent());
        c = number(total, c, t.villageVotersEntitled() + t.communityEntitled(), bold);
        c = number(total, c, t.villageVotersTookPart() + t.communityTookPart(), bold);
        c = share(
                total,
                c,
                t.villageVotersTookPart() + t.communityTookPart(),
                t.villageVotersEntitled() + t.communityEntitled(),
                styles.percent());
        c = number(total, c, t.needingAnotherElection().size(), bold);
        c = number(total, c, t.unfilledSeats(), bold);
        c = number(total, c, t.representatives(), bold);
        total.createCell(c++).setCellValue("");
        number(total, c, t.groupLeaders(), bold);
        for (Cell cell : total) {
            if (cell.getCellStyle().getDataFormat() == 0) {
                cell.setCellStyle(bold);
            }
        }
        return SheetWriter.bytes(workbook);
    }

    private static String steps(Board.Row row, StepState state, Map<String, String> labels) {
        if (row == null) {
            return "";
        }
        return row.steps().stream()
                .filter(s -> s.byDeadline() == state)
                .map(s -> labels.get(s.step()))
                .collect(Collectors.joining("、"));
    }

    private static int number(Row row, int c, double value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return c + 1;
    }

    private static int share(Row row, int c, int part, int whole, CellStyle percent) {
        Cell cell = row.createCell(c);
        if (whole > 0) {
            cell.setCellValue((double) part / whole);
            cell.setCellStyle(percent);
        }
        return c + 1;
    }
}
