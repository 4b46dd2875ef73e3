package cn.county.reelection.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The project's workbooks as people print them: a bold shaded header row that stays frozen and repeats on every
 * printed page, set column widths, A4 landscape fitted to the page width. Used by the templates and the exports.
 */
public final class SheetWriter {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SheetWriter() {}

    /** The shared cell styles of one workbook. */
    public record Styles(
            CellStyle heading, CellStyle title, CellStyle date, CellStyle percent, CellStyle decimal, CellStyle text) {

        public static Styles of(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            heading.setBorderBottom(BorderStyle.THIN);
            heading.setAlignment(HorizontalAlignment.CENTER);
            heading.setVerticalAlignment(VerticalAlignment.CENTER);
            heading.setWrapText(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle title = workbook.createCellStyle();
            title.setFont(big);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            CellStyle text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            return new Styles(heading, title, date, percent, decimal, text);
        }
    }

    /**
     * Writes the header row at {@code row} (0-based) with the given widths in characters, freezes the rows up to
     * it, repeats them on every printed page, and sets A4 landscape fitted to one page wide.
     */
    public static void header(Sheet sheet, int row, List<String> labels, List<Integer> widths, Styles styles) {
        Row header = sheet.createRow(row);
        for (int c = 0; c < labels.size(); c++) {
            header.createCell(c).setCellValue(labels.get(c));
            header.getCell(c).setCellStyle(styles.heading());
            sheet.setColumnWidth(c, Math.min(255, widths.get(c)) * 256);
        }
        sheet.createFreezePane(0, row + 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, row, 0, labels.size() - 1));
        printSetup(sheet);
    }

    /** A heading over several columns: {@code span} columns from the current one, merged. */
    public record Group(String label, int span) {}

    /**
     * A row of group headings above the header row ({@code row} 0-based), each merged over its columns; the
     * header row follows with {@link #header}, which then freezes and repeats both.
     */
    public static void groups(Sheet sheet, int row, List<Group> groups, Styles styles) {
        Row r = sheet.createRow(row);
        int c = 0;
        for (Group group : groups) {
            for (int i = 0; i < group.span(); i++) {
                r.createCell(c + i).setCellStyle(styles.heading());
            }
            r.getCell(c).setCellValue(group.label());
            if (group.span() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(row, row, c, c + group.span() - 1));
            }
            c += group.span();
        }
    }

    /** A4 landscape, one page wide and as many pages long as needed, centred, with narrow margins. */
    public static void printSetup(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    /** A 填写说明 sheet: a title and the notes, one a row (never read back by {@link SheetReader}). */
    public static void instructions(XSSFWorkbook workbook, String title, List<String> notes, Styles styles) {
        Sheet sheet = workbook.createSheet(SheetReader.INSTRUCTIONS_SHEET);
        sheet.createRow(0).createCell(0).setCellValue(title);
        sheet.getRow(0).getCell(0).setCellStyle(styles.title());
        int r = 2;
        for (String note : notes) {
            sheet.createRow(r++).createCell(0).setCellValue(note);
        }
        sheet.setColumnWidth(0, 110 * 256);
    }

    /**
     * An import template being written: its settings sheet first (项目, 内容, 说明), then its data sheets with example
     * rows, last the 填写说明; the workbook opens on the first data sheet.
     */
    public static final class ImportTemplate {

        private final XSSFWorkbook workbook = new XSSFWorkbook();
        private final Styles styles = Styles.of(workbook);
        private final Sheet settings;
        private int next = 1;

        public ImportTemplate(String settingsSheet) {
            settings = workbook.createSheet(settingsSheet);
            header(settings, 0, List.of(SheetSettings.ITEM, SheetSettings.VALUE, "说明"), List.of(24, 20, 60), styles);
        }

        /** A setting with its example value (text or a whole number) and what to write there. */
        public ImportTemplate setting(String item, Object value, String note) {
            next = SheetWriter.setting(settings, next, item, value, note);
            return this;
        }

        /** A deadline among the settings, its date cell left for the user. */
        public ImportTemplate dateSetting(String item, String note) {
            Row row = settings.createRow(next++);
            row.createCell(0).setCellValue(item);
            row.createCell(1).setCellStyle(styles.date());
            row.createCell(2).setCellValue(note);
            return this;
        }

        /** A data sheet: its header, then the example rows; whole numbers as numbers, text as text, an empty text blank. */
        public ImportTemplate sheet(String name, List<String> labels, List<Integer> widths, Object[][] examples) {
            Sheet sheet = workbook.createSheet(name);
            header(sheet, 0, labels, widths, styles);
            for (int i = 0; i < examples.length; i++) {
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < examples[i].length; c++) {
                    if (examples[i][c] instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    } else if (!((String) examples[i][c]).isEmpty()) {
                        row.createCell(c).setCellValue((String) examples[i][c]);
                    }
                }
            }
            return this;
        }

        /** The workbook with its 填写说明 under {@code title}, opening on the first data sheet. */
        public byte[] bytes(String title, List<String> notes) {
            instructions(workbook, title, notes, styles);
            workbook.setActiveSheet(1);
            return SheetWriter.bytes(workbook);
        }
    }

    /** Writes one row of a settings sheet (item, value, note); answers the next row. */
    public static int setting(Sheet sheet, int r, String item, Object value, String note) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(item);
        if (value instanceof Integer n) {
            row.createCell(1).setCellValue(n);
        } else {
            row.createCell(1).setCellValue((String) value);
        }
        row.createCell(2).setCellValue(note);
        return r + 1;
    }

    public static byte[] bytes(XSSFWorkbook workbook) {
        try (workbook;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
