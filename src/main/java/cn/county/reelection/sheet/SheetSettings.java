package cn.county.reelection.sheet;

import cn.county.reelection.sheet.SheetReader.Cell;
import cn.county.reelection.sheet.SheetReader.Line;
import cn.county.reelection.sheet.SheetReader.Table;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A sheet of settings, one a row: the item's name in column A ({@value #ITEM}), its value in column B
 * ({@value #VALUE}), an explanation in column C that is not read. An item is found by the start of its name,
 * so that "T2期限（召开党代会请示）" is item T2.
 */
public final class SheetSettings {

    public static final String ITEM = "项目";
    public static final String VALUE = "内容";
    public static final int VALUE_COLUMN = 1;

    /** The settings sheet of a campaign's workbook, a county's or a township's, and the items both have. */
    public static final String CAMPAIGN_SHEET = "换届设置";

    public static final String COUNTY_CODE = "县代码";
    public static final String YEAR = "年度";

    private final Table table;
    private final Map<String, Line> lines = new LinkedHashMap<>();

    private SheetSettings(Table table) {
        this.table = table;
    }

    /** A campaign workbook's settings sheet; a workbook without it is refused, saying what the sheet is for (县名称和年度). */
    public static SheetSettings ofCampaign(List<Table> tables, String fillIn) {
        return find(tables, CAMPAIGN_SHEET)
                .orElseThrow(
                        () -> SheetException.ofFile(null, "缺少“%s”工作表：请下载模板，在其中填写%s".formatted(CAMPAIGN_SHEET, fillIn)));
    }

    /** The settings sheet of this name, if the workbook has it. */
    public static Optional<SheetSettings> find(List<Table> tables, String sheetName) {
        return tables.stream()
                .filter(t ->
                        sheetName.equals(t.sheet() == null ? null : t.sheet().strip()))
                .findFirst()
                .map(SheetSettings::new);
    }

    public Table table() {
        return table;
    }

    /** The row of the item whose name starts with {@code item} (the first such row), if any. */
    public Optional<Line> line(String item) {
        return lines.computeIfAbsent(
                                item,
                                key -> table.lines().stream()
                                        .filter(l -> SheetReader.key(l.cell(0).text())
                                                .startsWith(SheetReader.key(key)))
                                        .findFirst()
                                        .orElse(null))
                        == null
                ? Optional.empty()
                : Optional.of(lines.get(item));
    }

    /** The item's value cell, empty when the item or its value is missing. */
    public Cell value(String item) {
        return line(item).map(l -> l.cell(VALUE_COLUMN)).orElse(Cell.EMPTY);
    }

    /** Records a problem of the item's value; a missing item's problem is put on the sheet. */
    public void problem(SheetReader.Problems problems, String item, String rule, String message) {
        Optional<Line> line = line(item);
        problems.add(
                line.isPresent()
                        ? new SheetError(
                                table.sheet(),
                                line.get().row(),
                                "B",
                                item,
                                SheetError.labelled(rule, item, message),
                                rule)
                        : new SheetError(
                                table.sheet(),
                                null,
                                null,
                                item,
                                SheetError.labelled(rule, item, "缺少此项（A列写“" + item + "”，B列写内容）"),
                                rule));
    }

    /** The text of the item's value, trimmed; null when blank. */
    public String text(String item) {
        return SheetReader.text(value(item));
    }

    /**
     * The item's year (2000–2100); null when blank. Another value is a problem under {@code rule}, and
     * answers {@code substitute} so that the rest of the file can still be checked.
     */
    public Integer year(SheetReader.Problems problems, String item, String rule, int substitute) {
        Cell cell = value(item);
        if (cell.blank()) {
            return null;
        }
        Long y = SheetReader.wholeNumber(cell);
        if (y == null || y < 2000 || y > 2100) {
            problem(problems, item, rule, "“%s”不是2000到2100之间的年份".formatted(SheetReader.shown(cell.text())));
            return substitute;
        }
        return y.intValue();
    }

    /** An optional deadline among the settings: the item naming it, the rule it falls under, its key in the request. */
    public record Deadline(String item, String rule, String key) {}

    /** The deadlines given for {@code steps}, each asked as {@code deadline} says, by key in the steps' order. */
    public <S> Map<String, LocalDate> deadlines(
            SheetReader.Problems problems, S[] steps, Function<S, Deadline> deadline) {
        return deadlines(problems, Arrays.stream(steps).map(deadline).toList());
    }

    /** The deadlines given, by key, in the order asked; a value that is no date is a problem of its item. */
    public Map<String, LocalDate> deadlines(SheetReader.Problems problems, List<Deadline> asked) {
        Map<String, LocalDate> deadlines = new LinkedHashMap<>();
        for (Deadline deadline : asked) {
            Cell cell = value(deadline.item());
            if (cell.blank()) {
                continue;
            }
            LocalDate date = null;
            try {
                date = SheetReader.date(cell, table.date1904());
            } catch (DateTimeException e) {
                // reported below as unreadable
            }
            if (date == null) {
                problem(
                        problems,
                        deadline.item(),
                        deadline.rule(),
                        "期限“%s”不是有效的日期：可填写%s".formatted(SheetReader.shown(cell.text()), SheetReader.DATE_FORMS));
            } else {
                deadlines.put(deadline.key(), date);
            }
        }
        return deadlines;
    }

    /**
     * The rows beside these settings: the first other sheet whose header names {@code columns}. No such
     * sheet is a problem of the file ({@code noHeader}); a column missing ends the reading with every
     * problem found so far, the rows named {@code rows}.
     */
    public SheetColumns rows(
            List<Table> tables,
            List<SheetColumns.Column> columns,
            SheetReader.Problems problems,
            String noHeader,
            String rows) {
        List<Table> rest = tables.stream().filter(t -> t != table).toList();
        int settingsProblems = problems.total();
        SheetColumns found =
                SheetColumns.find(rest, columns, problems).orElseThrow(() -> SheetException.ofFile(null, noHeader));
        if (problems.total() > settingsProblems) {
            // a missing column: the rows cannot be read
            problems.throwIfAny(rows);
        }
        return found;
    }
}
