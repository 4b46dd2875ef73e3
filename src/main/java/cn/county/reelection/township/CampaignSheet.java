package cn.county.reelection.township;

import cn.county.reelection.campaign.Step;
import cn.county.reelection.sheet.SheetColumns;
import cn.county.reelection.sheet.SheetColumns.Column;
import cn.county.reelection.sheet.SheetException;
import cn.county.reelection.sheet.SheetReader;
import cn.county.reelection.sheet.SheetReader.Cell;
import cn.county.reelection.sheet.SheetReader.Line;
import cn.county.reelection.sheet.SheetReader.Table;
import cn.county.reelection.sheet.SheetSettings;
import cn.county.reelection.sheet.SheetWriter;
import cn.county.reelection.web.ApiException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A campaign from an Excel workbook: sheet {@value SheetSettings#CAMPAIGN_SHEET} (county, year, optional deadlines) and sheet
 * {@value #ORGANISATIONS} (one organisation a row with its township and member count). Every value is checked by
 * {@link CampaignValidator}, the same rules as the JSON request; each problem is put on the cell it comes from,
 * and the request comes back only when the whole file is good.
 */
final class CampaignSheet {

    static final String ORGANISATIONS = "乡镇和党组织";
    static final String COUNTY = "县名称";

    static final Column TOWNSHIP_CODE = new Column("乡镇代码");
    static final Column TOWNSHIP_NAME = new Column("乡镇名称", "乡镇", "乡（镇）名称");
    static final Column ORG_CODE = new Column("党组织代码", "支部代码");
    static final Column ORG_NAME = new Column("党组织名称", "党组织", "支部名称");
    static final Column MEMBERS = new Column("党员人数", "党员数", "党员数量");
    static final List<Column> COLUMNS = List.of(TOWNSHIP_CODE, TOWNSHIP_NAME, ORG_CODE, ORG_NAME, MEMBERS);

    private static final Pattern PATH =
            Pattern.compile("townships\\[(\\d+)](?:\\.organisations\\[(\\d+)](?:\\.(\\w+))?|\\.(\\w+))?");
    /** Substitutes for a bad setting while the rest of the file is checked; never returned. */
    private static final String CHECKING_COUNTY = "县";

    private static final int CHECKING_YEAR = 2026;

    private CampaignSheet() {}

    /** One organisation row as read; {@code members} is null when the cell was blank. */
    private record OrgRow(
            Line line, String townshipCode, String townshipName, String code, String name, Integer members) {}

    /** The campaign request the workbook describes, or a {@link SheetException} with every problem. */
    static CampaignRequest read(byte[] content) {
        List<Table> tables = SheetReader.readWorkbook(content);
        SheetReader.Problems problems = new SheetReader.Problems();
        SheetSettings settings = SheetSettings.ofCampaign(tables, "县名称和年度");
        String county = settings.text(COUNTY);
        String countyCode = settings.text(SheetSettings.COUNTY_CODE);
        Integer year = settings.year(problems, SheetSettings.YEAR, null, CHECKING_YEAR);
        Map<String, LocalDate> deadlines = settings.deadlines(
                problems, Step.values(), step -> new SheetSettings.Deadline(step.name(), step.name(), step.name()));
        SheetColumns columns = settings.rows(
                tables,
                COLUMNS,
                problems,
                "找不到“%s”工作表的表头：第1行应为列名（乡镇代码、乡镇名称、党组织代码、党组织名称、党员人数）".formatted(ORGANISATIONS),
                "乡镇和党组织");
        List<OrgRow> rows = new ArrayList<>();
        Map<String, OrgRow> firstOfTownship = new LinkedHashMap<>();
        for (Line line : columns.data()) {
            String townshipCode = SheetReader.text(line.cell(columns.index(TOWNSHIP_CODE)));
            String townshipName = SheetReader.text(line.cell(columns.index(TOWNSHIP_NAME)));
            Cell membersCell = line.cell(columns.index(MEMBERS));
            Integer members = null;
            if (!membersCell.blank()) {
                Long m = SheetReader.wholeNumber(membersCell);
                if (m == null || m < 1 || m > CampaignValidator.MAX_MEMBERS) {
                    columns.problem(
                            problems,
                            line,
                            MEMBERS,
                            "R2",
                            "“%s”不是1到%d之间的整数，代表名额按党员人数分配"
                                    .formatted(SheetReader.shown(membersCell.text()), CampaignValidator.MAX_MEMBERS));
                    continue;
                }
                members = m.intValue();
            }
            OrgRow row = new OrgRow(
                    line,
                    townshipCode,
                    townshipName,
                    SheetReader.text(line.cell(columns.index(ORG_CODE))),
                    SheetReader.text(line.cell(columns.index(ORG_NAME))),
                    members);
            if (townshipCode != null) {
                OrgRow first = firstOfTownship.putIfAbsent(townshipCode, row);
                if (first != null
                        && townshipName != null
                        && first.townshipName() != null
                        && !first.townshipName().equals(townshipName)) {
                    columns.problem(
                            problems,
                            line,
                            TOWNSHIP_NAME,
                            null,
                            "乡镇代码%s在第%d行名为“%s”，此行为“%s”：同一乡镇的名称应一致"
                                    .formatted(
                                            townshipCode,
                                            first.line().row(),
                                            first.townshipName(),
                                            SheetReader.shown(townshipName)));
                    continue;
                }
            }
            rows.add(row);
        }
        if (rows.isEmpty() && problems.total() == 0) {
            throw SheetException.ofFile(
                    columns.table().sheet(),
                    "表头下面没有党组织：请从第%d行起每行填写一个党组织".formatted(columns.header().row() + 1));
        }

        // the validator answers one problem at a time: put it on its cell, take that value out, and ask again
        Checking state = new Checking(county, countyCode, year, deadlines, rows);
        problems.untilValid(
                () -> SheetReader.MAX_ERRORS + rows.size(),
                () -> CampaignValidator.validate(state.request()),
                e -> state.locate(e, settings, columns, problems));
        problems.throwIfAny("乡镇和党组织");
        return state.request();
    }

    /** The values still being checked, and which township of the request each row went into. */
    private static final class Checking {
        String county;
        String countyCode;
        Integer year;
        final Map<String, LocalDate> deadlines;
        final List<OrgRow> rows;
        /** The request's townships in order, each with its rows. */
        List<List<OrgRow>> townships = List.of();

        Checking(String county, String countyCode, Integer year, Map<String, LocalDate> deadlines, List<OrgRow> rows) {
            this.county = county;
            this.countyCode = countyCode;
            this.year = year;
            this.deadlines = deadlines;
            this.rows = new ArrayList<>(rows);
        }

        CampaignRequest request() {
            Map<String, List<OrgRow>> byCode = new LinkedHashMap<>();
            for (OrgRow row : rows) {
                // a row without a township code is its own township, so that each such row is reported
                String key = row.townshipCode() == null ? "#" + row.line().row() : row.townshipCode();
                byCode.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
            townships = List.copyOf(byCode.values());
            List<CampaignRequest.TownshipRequest> list = townships.stream()
                    .map(orgs -> new CampaignRequest.TownshipRequest(
                            orgs.get(0).townshipCode(),
                            orgs.get(0).townshipName(),
                            orgs.stream()
                                    .map(o -> new CampaignRequest.OrganisationRequest(o.code(), o.name(), o.members()))
                                    .toList()))
                    .toList();
            return new CampaignRequest(
                    county, countyCode, year, deadlines.isEmpty() ? null : Map.copyOf(deadlines), list);
        }

        /** Puts the validator's problem on its cell and takes the value out; false when it names no cell. */
        boolean locate(ApiException e, SheetSettings settings, SheetColumns columns, SheetReader.Problems problems) {
            String field = e.field() == null ? "" : e.field();
            switch (field) {
                case "county" -> {
                    settings.problem(problems, COUNTY, e.rule(), e.getMessage());
                    county = CHECKING_COUNTY;
                    return true;
                }
                case "countyCode" -> {
                    settings.problem(problems, SheetSettings.COUNTY_CODE, e.rule(), e.getMessage());
                    countyCode = null;
                    return true;
                }
                case "year" -> {
                    settings.problem(problems, SheetSettings.YEAR, e.rule(), e.getMessage());
                    year = CHECKING_YEAR;
                    return true;
                }
                default -> {}
            }
            if (field.startsWith("deadlines.")) {
                String step = field.substring("deadlines.".length());
                settings.problem(problems, step, e.rule(), e.getMessage());
                return deadlines.remove(step) != null;
            }
            Matcher m = PATH.matcher(field);
            if (!m.matches()) {
                return false;
            }
            List<OrgRow> township = townships.get(Integer.parseInt(m.group(1)));
            if (m.group(2) != null) {
                OrgRow row = township.get(Integer.parseInt(m.group(2)));
                Column column = switch (m.group(3) == null ? "" : m.group(3)) {
                    case "code" -> ORG_CODE;
                    case "name" -> ORG_NAME;
                    default -> MEMBERS;
                };
                columns.problem(problems, row.line(), column, e.rule(), e.getMessage());
                rows.remove(row);
                return true;
            }
            Column column = "name".equals(m.group(4)) ? TOWNSHIP_NAME : TOWNSHIP_CODE;
            columns.problem(problems, township.get(0).line(), column, e.rule(), e.getMessage());
            rows.removeAll(township);
            return true;
        }
    }

    // ---- template ----

    /** The blank workbook: settings with the demo county, three example organisations, and 填写说明. */
    static byte[] template() {
        SheetWriter.ImportTemplate template = new SheetWriter.ImportTemplate(SheetSettings.CAMPAIGN_SHEET)
                .setting(COUNTY, "示例县", "必填，最多50个字")
                .setting(SheetSettings.COUNTY_CODE, "county", "选填，县委组织部的用户组为county-<县代码>，默认county")
                .setting(SheetSettings.YEAR, 2026, "必填，换届年度");
        for (Step step : Step.values()) {
            template.dateSetting(step.name() + "期限（" + step.label() + "）", "选填，不填按默认期限（见填写说明）");
        }
        return template.sheet(
                        ORGANISATIONS,
                        COLUMNS.stream().map(Column::label).toList(),
                        List.of(12, 16, 14, 24, 10),
                        new Object[][] {
                            {"TS01", "羊岑乡", "TS01-B01", "机关支部", 42},
                            {"TS01", "羊岑乡", "TS01-B02", "新华村支部", 57},
                            {"TS02", "石鼓镇", "TS02-B01", "第一支部", 51}
                        })
                .bytes(
                        "换届导入填写说明",
                        List.of(
                                "1. “换届设置”工作表：B列填写县名称、县代码（选填）、年度；T1–T9期限选填，不填按默认：T1 11月5日，T2 11月10日，"
                                        + "T3、T4 11月20日，T7 11月30日，T5、T6为大会前一个工作日，T8同T7，T9为其后三个工作日，遇节假日提前到前一个工作日。",
                                "2. “乡镇和党组织”工作表：每行一个党组织，写明所属乡镇的代码和名称；同一乡镇的各行乡镇名称应一致。",
                                "3. 代码只能由字母、数字、-和_组成，最多32位；乡镇代码、党组织代码不能重复。",
                                "4. 党员人数为1到" + CampaignValidator.MAX_MEMBERS + "之间的整数，党代会代表名额按党员人数分配（R2）。",
                                "5. 示例行请改写或删除。文件有任何错误时不启动任何乡镇，系统列出每处错误所在的工作表、行、列和原因。",
                                "6. 导入时加上 dryRun=true 可先演练，不保存任何数据。"));
    }
}
