package cn.county.reelection.reporting;

import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.reporting.CampaignSummary.Ballots;
import cn.county.reelection.reporting.CampaignSummary.StepFlag;
import cn.county.reelection.reporting.CampaignSummary.TownshipFigures;
import cn.county.reelection.reporting.CampaignSummary.Turnout;
import cn.county.reelection.sheet.SheetWriter;
import cn.county.reelection.sheet.SheetWriter.Group;
import cn.county.reelection.vetting.CommitteeMakeup;
import cn.county.reelection.vetting.Person;
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
 * The county's summary as a workbook for the city: sheet 汇总 (one row a township, the total last), sheet
 * 另行投票 (each race that took more than one ballot) and sheet 逾期步骤 (each step overdue or done late).
 * Counts are numbers, shares are percentages of the count beside them, so the sheet adds up when re-checked.
 */
public final class SummaryWorkbook {

    static final String SUMMARY_SHEET = "汇总";
    static final String BALLOTS_SHEET = "另行投票";
    static final String STEPS_SHEET = "逾期步骤";

    /** The column headings of sheet 汇总, in order; tests find columns by these. */
    static final List<String> COLUMNS;

    private static final List<Group> GROUPS;

    static {
        List<String> columns = new ArrayList<>(List.of(
                "代码", "乡镇", "大会日期", "人数", "平均年龄", "45岁以下", "45岁以下占比", "35岁以下", "女性", "少数民族", "大专及以上", "研究生", "大学本科",
                "大专", "高中及以下", "人数", "一线党员", "一线党员占比", "45岁以下", "45岁以下占比", "专业技术人员", "女性", "少数民族", "另选他人"));
        SummaryService.RACES.forEach(r -> columns.add(RaceName.label(r)));
        columns.addAll(List.of("另行投票的选举", "未选足名额", "逾期未完成", "逾期完成"));
        COLUMNS = List.copyOf(columns);
        GROUPS = List.of(
                new Group("", 3),
                new Group("新一届党委委员构成", 12),
                new Group("党代会代表构成（R2）", 9),
                new Group("参会率（实到÷应到）", SummaryService.RACES.size()),
                new Group("选举和期限", 4));
    }

    private SummaryWorkbook() {}

    public static byte[] xlsx(CampaignSummary summary) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        SheetWriter.Styles styles = SheetWriter.Styles.of(workbook);
        CellStyle boldRow = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        boldRow.setFont(bold);
        CellStyle boldPercent = workbook.createCellStyle();
        boldPercent.cloneStyleFrom(styles.percent());
        boldPercent.setFont(bold);
        CellStyle boldDecimal = workbook.createCellStyle();
        boldDecimal.cloneStyleFrom(styles.decimal());
        boldDecimal.setFont(bold);

        Sheet sheet = workbook.createSheet(SUMMARY_SHEET);
        title(sheet, summary, "%s%d年乡镇党委换届选举工作汇总表".formatted(summary.county(), summary.year()), styles);
        SheetWriter.groups(sheet, 2, GROUPS, styles);
        List<Integer> widths = new ArrayList<>(List.of(8, 10, 11));
        for (int c = 3; c < COLUMNS.size(); c++) {
            widths.add(COLUMNS.get(c).length() > 4 ? 9 : 7);
        }
        SheetWriter.header(sheet, 3, COLUMNS, widths, styles);
        sheet.getRow(3).setHeightInPoints(44);
        sheet.setColumnWidth(COLUMNS.size() - 2, 12 * 256);
        sheet.setColumnWidth(COLUMNS.size() - 1, 12 * 256);
        int r = 4;
        for (TownshipFigures t : summary.townships()) {
            figures(sheet.createRow(r++), t, styles.percent(), styles.decimal(), null, styles);
        }
        figures(sheet.createRow(r), summary.total(), boldPercent, boldDecimal, boldRow, styles);

        Sheet ballots = workbook.createSheet(BALLOTS_SHEET);
        title(ballots, summary, "需要另行投票或再次投票的选举", styles);
        SheetWriter.header(ballots, 2, List.of("代码", "乡镇", "选举", "党组织", "投票次数"), List.of(10, 12, 18, 18, 10), styles);
        int b = 3;
        for (TownshipFigures t : summary.townships()) {
            for (Ballots race : t.moreBallots()) {
                Row row = ballots.createRow(b++);
                row.createCell(0).setCellValue(t.code());
                row.createCell(1).setCellValue(t.name());
                row.createCell(2).setCellValue(race.label());
                row.createCell(3).setCellValue(race.organisation() == null ? "" : race.organisation());
                row.createCell(4).setCellValue(race.ballots());
            }
        }

        Sheet steps = workbook.createSheet(STEPS_SHEET);
        title(steps, summary, "逾期未完成和逾期完成的步骤", styles);
        SheetWriter.header(
                steps, 2, List.of("代码", "乡镇", "步骤", "名称", "期限", "情况"), List.of(10, 12, 8, 24, 12, 12), styles);
        int s = 3;
        for (TownshipFigures t : summary.townships()) {
            s = flags(steps, s, t, t.overdue(), "逾期未完成", styles);
            s = flags(steps, s, t, t.late(), "逾期完成", styles);
        }
        workbook.setActiveSheet(0);
        return SheetWriter.bytes(workbook);
    }

    private static void title(Sheet sheet, CampaignSummary summary, String title, SheetWriter.Styles styles) {
        sheet.createRow(0).createCell(0).setCellValue(title);
        sheet.getRow(0).getCell(0).setCellStyle(styles.title());
        sheet.createRow(1)
                .createCell(0)
                .setCellValue(
                        "截至" + summary.generatedAt().atZone(BoardWorkbook.ZONE).toLocalDate()
                                + "；年龄按选举之日计算；参会率为每项选举第一次有效投票的实到人数除以应到人数");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
    }

    private static int flags(
            Sheet sheet, int r, TownshipFigures t, List<StepFlag> flags, String what, SheetWriter.Styles styles) {
        for (StepFlag flag : flags) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(t.code());
            row.createCell(1).setCellValue(t.name());
            row.createCell(2).setCellValue(flag.step());
            row.createCell(3).setCellValue(flag.label());
            if (flag.dueDate() != null) {
                row.createCell(4).setCellValue(flag.dueDate());
                row.getCell(4).setCellStyle(styles.date());
            }
            row.createCell(5).setCellValue(what);
        }
        return r;
    }

    private static void figures(
            Row row,
            TownshipFigures t,
            CellStyle percent,
            CellStyle decimal,
            CellStyle bold,
            SheetWriter.Styles styles) {
        Writer w = new Writer(row, bold);
        w.text(t.code() == null ? "" : t.code());
        w.text(t.name());
        if (t.congressDate() != null) {
            w.cell().setCellValue(t.congressDate());
            row.getCell(w.column - 1).setCellStyle(styles.date());
        } else {
            w.text("");
        }
        CommitteeMakeup c = t.committee();
        w.number(c.total());
        if (c.averageAge() == null) {
            w.text("");
        } else {
            w.number(c.averageAge()).setCellStyle(decimal);
        }
        w.number(c.under45());
        w.share(c.under45(), c.known(), percent);
        w.number(c.under35());
        w.number(c.women());
        w.number(c.minorities());
        w.number(c.collegeOrAbove());
        w.number(c.education().get(Person.Education.POSTGRADUATE));
        w.number(c.education().get(Person.Education.BACHELOR));
        w.number(c.education().get(Person.Education.COLLEGE));
        w.number(c.education().get(Person.Education.HIGH_SCHOOL));
        var d = t.delegates();
        w.number(d.total());
        w.number(d.frontLine());
        w.share(d.frontLine(), d.total(), percent);
        w.number(d.under45());
        w.share(d.under45(), d.total(), percent);
        w.number(d.professional());
        w.number(d.women());
        w.number(d.minorities());
        w.number(d.unknown());
        Map<String, Turnout> turnout = t.turnout().stream().collect(Collectors.toMap(Turnout::race, x -> x));
        for (String race : SummaryService.RACES) {
            Turnout x = turnout.get(race);
            if (x == null) {
                w.text("");
            } else {
                w.share(x.present(), x.entitled(), percent);
            }
        }
        w.number(t.moreBallots().size());
        w.number(t.unfilledSeats());
        w.text(steps(t.overdue(), t.code() == null));
        w.text(steps(t.late(), t.code() == null));
    }

    /** "T3、T7" for a township; for the total the count. */
    private static String steps(List<StepFlag> flags, boolean total) {
        if (total) {
            return flags.isEmpty() ? "" : flags.size() + "项";
        }
        return flags.stream().map(StepFlag::step).collect(Collectors.joining("、"));
    }

    /** Writes a row left to right. */
    private static final class Writer {
        final Row row;
        final CellStyle bold;
        int column;

        Writer(Row row, CellStyle bold) {
            this.row = row;
            this.bold = bold;
        }

        Cell cell() {
            Cell cell = row.createCell(column++);
            if (bold != null) {
                cell.setCellStyle(bold);
            }
            return cell;
        }

        void text(String value) {
            cell().setCellValue(value);
        }

        Cell number(double value) {
            Cell cell = cell();
            cell.setCellValue(value);
            return cell;
        }

        /** The share as a number (0.538 shown as 53.8%); empty when there is nothing to share. */
        void share(int part, int whole, CellStyle percent) {
            Cell cell = cell();
            if (whole > 0) {
                cell.setCellValue((double) part / whole);
                cell.setCellStyle(percent);
            }
        }
    }
}
