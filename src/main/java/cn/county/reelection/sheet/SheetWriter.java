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
