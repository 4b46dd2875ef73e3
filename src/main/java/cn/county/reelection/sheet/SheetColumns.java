package cn.county.reelection.sheet;

import cn.county.reelection.sheet.SheetReader.Line;
import cn.county.reelection.sheet.SheetReader.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;

/**
 * The columns of an imported table, found by their header text (the label or a variant; spaces, full-width
 * characters and a trailing * ignored), in any order.
 */
public final class SheetColumns {

    /** A column: the label the template writes and the other words people use for it. */
    public record Column(String label, List<String> variants) {
        public Column(String label, String... variants) {
            this(label, List.of(variants));
        }

        public boolean named(String header) {
            String key = SheetReader.key(header);
            if (key.endsWith("*")) {
                key = key.substring(0, key.length() - 1);
            }
            if (key.equals(SheetReader.key(label))) {
                return true;
            }
            for (String variant : variants) {
                if (key.equals(SheetReader.key(variant))) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Table table;
    private final Line header;
    private final Map<Column, Integer> index;

    private SheetColumns(Table table, Line header, Map<Column, Integer> index) {
        this.table = table;
        this.header = header;
        this.index = index;
    }

    /**
     * The header of the first sheet (of those given) whose header row names {@code first}; every column
     * missing or repeated is a problem. Empty when no sheet has such a header.
     */
    public static Optional<SheetColumns> find(List<Table> tables, List<Column> columns, SheetReader.Problems problems) {
        for (Table table : tables) {
            Optional<Line> header = table.header(text -> columns.get(0).named(text));
            if (header.isPresent()) {
                Line line = header.get();
                Map<Column, Integer> index = new LinkedHashMap<>();
                for (int c = 0; c < line.cells().size(); c++) {
                    String text = line.cell(c).text();
                    for (Column column : columns) {
                        if (column.named(text)) {
                            Integer earlier = index.putIfAbsent(column, c);
                            if (earlier != null) {
                                problems.at(
                                        table,
                                        line,
                                        c,
                                        column.label(),
                                        "“%s”列重复：%s列已是此列"
                                                .formatted(
                                                        column.label(), CellReference.convertNumToColString(earlier)));
                            }
                        }
                    }
                }
                for (Column column : columns) {
                    if (!index.containsKey(column)) {
                        problems.add(new SheetError(
                                table.sheet(), line.row(), null, column.label(), "缺少“%s”列".formatted(column.label())));
                    }
                }
                return Optional.of(new SheetColumns(table, line, index));
            }
        }
        return Optional.empty();
    }

    public Table table() {
        return table;
    }

    public Line header() {
        return header;
    }

    /** The column's 0-based index, -1 when missing. */
    public int index(Column column) {
        return index.getOrDefault(column, -1);
    }

    /** The rows below the header with something in one of the known columns. */
    public List<Line> data() {
        return table.lines().stream()
                .filter(l -> l.row() > header.row())
                .filter(l -> index.values().stream().anyMatch(c -> !l.cell(c).blank()))
                .toList();
    }

    /** Records a problem of the column's cell in this row. */
    public void problem(SheetReader.Problems problems, Line line, Column column, String rule, String message) {
        problems.add(new SheetError(
                table.sheet(),
                line.row(),
                letter(index(column)),
                column.label(),
                SheetError.labelled(rule, column.label(), message),
                rule));
    }

    static String letter(int column) {
        return column < 0 ? null : CellReference.convertNumToColString(column);
    }
}
