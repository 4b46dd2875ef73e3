package cn.county.reelection.village;

import cn.county.reelection.sheet.SheetColumns;
import cn.county.reelection.sheet.SheetColumns.Column;
import cn.county.reelection.sheet.SheetError;
import cn.county.reelection.sheet.SheetException;
import cn.county.reelection.sheet.SheetReader;
import cn.county.reelection.sheet.SheetReader.Cell;
import cn.county.reelection.sheet.SheetReader.Line;
import cn.county.reelection.sheet.SheetReader.Table;
import cn.county.reelection.sheet.SheetSettings;
import cn.county.reelection.sheet.SheetWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/**
 * A village campaign from an Excel workbook: sheet {@value SheetSettings#CAMPAIGN_SHEET} (township, year, optional deadlines by
 * step) and sheet {@value #VILLAGES} (one village or community a row). Checked by the same rules as
 * {@code POST /api/village-campaigns}; each problem is put on its cell, and nothing comes back unless the whole
 * file is good.
 */
final class VillageCampaignSheet {

    static final String VILLAGES = "村和社区";
    static final String TOWNSHIP_CODE = "乡镇代码";
    static final String TOWNSHIP_NAME = "乡镇名称";
    /** V7: 篇四 (before the committee, the default) or 篇三 (after it). */
    static final String ORDER = "代表推选顺序";

    static final Column CODE = new Column("村（社区）代码", "代码", "村代码", "社区代码");
    static final Column NAME = new Column("村（社区）名称", "名称", "村名称", "社区名称");
    static final Column VARIANT = new Column("类型", "村或社区");
    static final Column HOUSEHOLDS = new Column("户数", "总户数");
    /** V3: a community's election meeting, optional (居民会议 or 居民代表会议). */
    static final Column MEETING = new Column("选举会议", "社区选举会议");

    static final List<Column> COLUMNS = List.of(CODE, NAME, VARIANT, HOUSEHOLDS);

    private static final Pattern PATH = Pattern.compile("villages\\[(\\d+)](?:\\.(\\w+))?");

    private VillageCampaignSheet() {}

    private record VillageRow(Line line, VillageCampaignRequest.VillageRequest village) {}

    static VillageCampaignRequest read(byte[] content) {
        List<Table> tables = SheetReader.readWorkbook(content);
        SheetReader.Problems problems = new SheetReader.Problems();
        SheetSettings settings = SheetSettings.ofCampaign(tables, "乡镇代码、乡镇名称和年度");
        String[] township = {
            settings.text(TOWNSHIP_CODE), settings.text(TOWNSHIP_NAME), settings.text(SheetSettings.COUNTY_CODE)
        };
        Integer[] year = {settings.year(problems, SheetSettings.YEAR, "V9", 2026)};
        RepresentativesOrder[] order = {null};
        Cell orderCell = settings.value(ORDER);
        if (!orderCell.blank()) {
            order[0] = order(orderCell.text());
            if (order[0] == null) {
                settings.problem(
                        problems,
                        ORDER,
                        "V7",
                        "“%s”无法识别：应填“先推选代表”（篇四）或“先选举委员会”（篇三）".formatted(SheetReader.shown(orderCell.text())));
            }
        }
        Map<String, LocalDate> deadlines = settings.deadlines(
                problems,
                VillageStep.values(),
                step -> new SheetSettings.Deadline(step.label(), step.rule(), step.name()));
        SheetColumns columns = settings.rows(
                tables, COLUMNS, problems, "找不到“%s”工作表的表头：第1行应为列名（村（社区）代码、村（社区）名称、类型、户数）".formatted(VILLAGES), "村（社区）");
        int meetingColumn = meetingColumn(columns);
        List<VillageRow> rows = new ArrayList<>();
        for (Line line : columns.data()) {
            Variant variant = null;
            Cell variantCell = line.cell(columns.index(VARIANT));
            if (!variantCell.blank()) {
                variant = variant(variantCell.text());
                if (variant == null) {
                    columns.problem(
                            problems,
                            line,
                            VARIANT,
                            "V3",
                            "“%s”无法识别：应填村或社区".formatted(SheetReader.shown(variantCell.text())));
                    continue;
                }
            }
            Integer households = null;
            Cell householdsCell = line.cell(columns.index(HOUSEHOLDS));
            if (!householdsCell.blank()) {
                Long h = SheetReader.wholeNumber(householdsCell);
                if (h == null || h < 1 || h > 1_000_000) {
                    columns.problem(
                            problems,
                            line,
                            HOUSEHOLDS,
                            "V7",
                            "“%s”不是1到1000000之间的整数".formatted(SheetReader.shown(householdsCell.text())));
                    continue;
                }
                households = h.intValue();
            }
            ElectionMeeting meeting = null;
            Cell meetingCell = meetingColumn < 0 ? null : line.cell(meetingColumn);
            if (meetingCell != null && !meetingCell.blank()) {
                meeting = meeting(meetingCell.text());
                if (meeting == null) {
                    problems.add(meetingProblem(
                            columns,
                            line,
                            meetingColumn,
                            "“%s”无法识别：应填居民会议或居民代表会议".formatted(SheetReader.shown(meetingCell.text()))));
                    continue;
                }
            }
            rows.add(new VillageRow(
                    line,
                    new VillageCampaignRequest.VillageRequest(
                            SheetReader.text(line.cell(columns.index(CODE))),
                            SheetReader.text(line.cell(columns.index(NAME))),
                            variant,
                            households,
                            meeting)));
        }
        if (rows.isEmpty() && problems.total() == 0) {
            throw SheetException.ofFile(
                    columns.table().sheet(),
                    "表头下面没有村（社区）：请从第%d行起每行填写一个".formatted(columns.header().row() + 1));
        }
        // the validator answers one problem at a time: put it on its cell, take that value out, and ask again
        problems.untilValid(
                () -> SheetReader.MAX_ERRORS + rows.size(),
                () -> VillageCampaignService.validate(request(township, year[0], order[0], deadlines, rows)),
                e -> {
                    String field = e.field() == null ? "" : e.field();
                    Matcher m = PATH.matcher(field);
                    if (field.equals("townshipCode")
                            || field.equals("townshipName")
                            || field.equals("countyCode")
                            || field.equals("year")) {
                        String item = switch (field) {
                            case "townshipCode" -> TOWNSHIP_CODE;
                            case "townshipName" -> TOWNSHIP_NAME;
                            case "countyCode" -> SheetSettings.COUNTY_CODE;
                            default -> SheetSettings.YEAR;
                        };
                        settings.problem(problems, item, e.rule(), e.getMessage());
                        switch (field) {
                            case "townshipCode" -> township[0] = "TS";
                            case "townshipName" -> township[1] = "乡";
                            case "countyCode" -> township[2] = null;
                            default -> year[0] = 2026;
                        }
                    } else if (field.startsWith("deadlines.")) {
                        VillageStep step = VillageStep.valueOf(field.substring("deadlines.".length()));
                        settings.problem(problems, step.label(), e.rule(), e.getMessage());
                        deadlines.remove(step.name());
                    } else if (m.matches()) {
                        VillageRow row = rows.get(Integer.parseInt(m.group(1)));
                        Column column = switch (m.group(2) == null ? "" : m.group(2)) {
                            case "name" -> NAME;
                            case "variant" -> VARIANT;
                            case "households" -> HOUSEHOLDS;
                            case "meeting" -> null;
                            default -> CODE;
                        };
                        if (column == null) { // the optional meeting column (V3, V7)
                            problems.add(meetingProblem(columns, row.line(), meetingColumn, e.getMessage(), e.rule()));
                        } else {
                            columns.problem(problems, row.line(), column, e.rule(), e.getMessage());
                        }
                        rows.remove(row);
                    } else {
                        return false;
                    }
                    return true;
                });
        problems.throwIfAny("村（社区）");
        return request(township, year[0], order[0], deadlines, rows);
    }

    /**
     * The optional meeting column (V3), -1 when absent: found here, not by SheetColumns, so that workbooks from the
     * template before the column stay good.
     */
    private static int meetingColumn(SheetColumns columns) {
        for (int c = 0; c < columns.header().cells().size(); c++) {
            if (MEETING.named(columns.header().cell(c).text())) {
                return c;
            }
        }
        return -1;
    }

    private static VillageCampaignRequest request(
            String[] township,
            Integer year,
            RepresentativesOrder order,
            Map<String, LocalDate> deadlines,
            List<VillageRow> rows) {
        return new VillageCampaignRequest(
                township[0],
                township[1],
                township[2],
                year,
                deadlines.isEmpty() ? null : Map.copyOf(deadlines),
                rows.stream().map(VillageRow::village).toList(),
                order);
    }

    private static SheetError meetingProblem(SheetColumns columns, Line line, int column, String message) {
        return meetingProblem(columns, line, column, message, "V3");
    }

    private static SheetError meetingProblem(SheetColumns columns, Line line, int column, String message, String rule) {
        return new SheetError(
                columns.table().sheet(),
                line.row(),
                column < 0 ? null : CellReference.convertNumToColString(column),
                MEETING.label(),
                SheetError.labelled(rule, MEETING.label(), message),
                rule);
    }

    private static RepresentativesOrder order(String text) {
        return switch (SheetReader.key(text)) {
            case "先推选代表", "篇四", "BEFORE_COMMITTEE" -> RepresentativesOrder.BEFORE_COMMITTEE;
            case "先选举委员会", "篇三", "AFTER_COMMITTEE" -> RepresentativesOrder.AFTER_COMMITTEE;
            default -> null;
        };
    }

    private static ElectionMeeting meeting(String text) {
        return switch (SheetReader.key(text)) {
            case "居民会议", "RESIDENTS_MEETING" -> ElectionMeeting.RESIDENTS_MEETING;
            case "居民代表会议", "居民代表大会", "REPRESENTATIVES_MEETING" -> ElectionMeeting.REPRESENTATIVES_MEETING;
            default -> null;
        };
    }

    private static Variant variant(String text) {
        String key = SheetReader.key(text);
        return switch (key) {
            case "村", "行政村", "VILLAGE", "村民委员会" -> Variant.VILLAGE;
            case "社区", "COMMUNITY", "居民委员会" -> Variant.COMMUNITY;
            default -> null;
        };
    }

    /** The blank workbook: settings, two example places, and 填写说明. */
    static byte[] template() {
        SheetWriter.ImportTemplate template = new SheetWriter.ImportTemplate(SheetSettings.CAMPAIGN_SHEET)
                .setting(TOWNSHIP_CODE, "TS01", "必填")
                .setting(TOWNSHIP_NAME, "羊岑乡", "必填")
                .setting(SheetSettings.COUNTY_CODE, "county", "选填，默认county")
                .setting(SheetSettings.YEAR, 2026, "必填，换届开始的年度（村委会选举在次年春）")
                .setting(ORDER, "先推选代表", "选填（V7）：先推选代表（篇四，默认）或先选举委员会（篇三）");
        for (VillageStep step : VillageStep.values()) {
            template.dateSetting(step.label(), "选填期限（" + step.rule() + "），不填按默认");
        }
        List<String> labels =
                new ArrayList<>(COLUMNS.stream().map(Column::label).toList());
        labels.add(MEETING.label());
        return template.sheet(VILLAGES, labels, List.of(16, 20, 10, 10, 14), new Object[][] {
                    {"TS01-V01", "新华村", "村", 320, ""}, {"TS01-C01", "金江社区", "社区", 876, "居民会议"}
                })
                .bytes(
                        "村（社区）换届导入填写说明",
                        List.of(
                                "1. “换届设置”工作表：B列填写乡镇代码、乡镇名称、年度；各步骤期限选填，不填按默认（V9），遇节假日提前到前一个工作日。",
                                "2. “村和社区”工作表：每行一个村或社区；类型填“村”（提名和选举在一次会议，二合一）或“社区”（分两次会议，V3）。",
                                "3. 代码只能由字母、数字、-和_组成，最多32位，不能重复；户数为1到1000000之间的整数（V7，每15户推选一名代表）。",
                                "   选举会议（V3）只适用于社区：居民会议，或经决定采用居民代表会议；不填时，先推选代表的为居民代表会议，先选举委员会的为居民会议。",
                                "   代表推选顺序（V7）：先推选代表（篇四，默认）或先选举委员会（篇三）；先选举委员会的，社区不能在居民代表会议上选举。",
                                "4. 示例行请改写或删除。文件有任何错误时不启动任何村（社区），系统列出每处错误所在的工作表、行、列和原因。"));
    }
}
