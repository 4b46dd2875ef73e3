package cn.county.reelection.reporting;

import cn.county.reelection.sheet.SheetWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The deadline board as people print it: one row a township (or village), one column a step with its state,
 * deadline and completion day, the overdue count; header frozen and repeated, A4 landscape one page wide.
 */
public final class BoardWorkbook {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

    private BoardWorkbook() {}

    /** {@code title} e.g. 示例县2026年乡镇党委换届进度; {@code place} the first column's heading (乡镇, 村（社区）). */
    public static byte[] xlsx(Board board, String title, String place) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        SheetWriter.Styles styles = SheetWriter.Styles.of(workbook);
        CellStyle late = fill(workbook, styles, IndexedColors.ROSE);
        CellStyle open = fill(workbook, styles, IndexedColors.LIGHT_YELLOW);
        CellStyle done = fill(workbook, styles, IndexedColors.LIGHT_GREEN);
        CellStyle plain = styles.text();
        Sheet sheet = workbook.createSheet("进度");
        Row titleRow = sheet.createRow(0);
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(styles.title());
        Row asOf = sheet.createRow(1);
        asOf.createCell(0)
                .setCellValue("截至" + board.generatedAt().atZone(ZONE).toLocalDate() + "，"
                        + board.generatedAt().atZone(ZONE).toLocalTime().withNano(0));
        List<String> labels = new ArrayList<>(List.of("代码", place));
        List<Integer> widths = new ArrayList<>(List.of(10, 12));
        board.steps().forEach(s -> {
            labels.add(s.step() + " " + s.label());
            widths.add(13);
        });
        labels.add("逾期数");
        widths.add(7);
        labels.add("需处理");
        widths.add(7);
        SheetWriter.header(sheet, 2, labels, widths, styles);
        sheet.getRow(2).setHeightInPoints(32);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, labels.size() - 1));
        int r = 3;
        for (Board.Row township : board.townships()) {
            Row row = sheet.createRow(r++);
            row.setHeightInPoints(46);
            row.createCell(0).setCellValue(township.code());
            row.createCell(1).setCellValue(township.name());
            int c = 2;
            for (Board.Cell cell : township.steps()) {
                var target = row.createCell(c++);
                target.setCellValue(cellText(cell));
                target.setCellStyle(
                        switch (cell.state()) {
                            case OVERDUE, DONE_LATE, ACTION_NEEDED -> late;
                            case DUE_SOON -> open;
                            case DONE -> done;
                            default -> plain;
                        });
            }
            row.createCell(c++).setCellValue(township.overdueCount());
            row.createCell(c).setCellValue(township.actionNeededCount());
        }
        sheet.setAutoFilter(new CellRangeAddress(2, Math.max(2, r - 1), 0, labels.size() - 1));
        return SheetWriter.bytes(workbook);
    }

    /** "已完成\n期限11月10日\n完成11月9日": the state, the deadline, and the day it was done. */
    static String cellText(Board.Cell cell) {
        List<String> lines = new ArrayList<>();
        lines.add(cell.state().label());
        if (cell.dueDate() != null) {
            lines.add("期限" + DAY.format(cell.dueDate()));
        }
        if (cell.completedAt() != null) {
            LocalDate day = cell.completedAt().atZone(ZONE).toLocalDate();
            lines.add("完成" + DAY.format(day));
        }
        return String.join("\n", lines);
    }

    private static CellStyle fill(XSSFWorkbook workbook, SheetWriter.Styles styles, IndexedColors colour) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(styles.text());
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
