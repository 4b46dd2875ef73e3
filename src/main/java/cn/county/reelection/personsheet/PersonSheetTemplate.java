package cn.county.reelection.personsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The blank lists people fill in: the header row, one example row, and in the workbook drop-downs for the
 * columns with fixed values and a second sheet (填写说明) explaining each column.
 */
public final class PersonSheetTemplate {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Map<Column, String> EXPLANATIONS = Map.of(
            Column.NAME, "文字、数字、间隔号（·）、括号、连字符和空格，最多40个字；同一名单中不能重名",
            Column.GENDER, "从下拉列表选择",
            Column.BIRTH_DATE, "可填写" + PersonSheet.DATE_FORMS + "；应早于今天",
            Column.ETHNICITY, "如汉族、纳西族（只写“纳西”也按“纳西族”读入），最多20个字",
            Column.EDUCATION, "从下拉列表选择；中专按“高中及以下”，硕士、博士按“研究生”读入",
            Column.CATEGORY, "从下拉列表选择；“一线”按“生产（工作）一线”读入",
            Column.POST, "从下拉列表选择");

    private PersonSheetTemplate() {}

    /** The file's name as users see it, e.g. 代表候选人名单模板.xlsx. */
    public static String fileName(PersonList list, String extension) {
        return list.title() + "名单模板." + extension;
    }

    /** The same name in ASCII, for clients that ignore {@code filename*}. */
    public static String asciiFileName(PersonList list, String extension) {
        return list.variable() + "-template." + extension;
    }

    /** The workbook: the list's sheet (header, example, drop-downs for 200 rows) and 填写说明. */
    public static byte[] xlsx(PersonList list) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle heading = headingStyle(workbook);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            Sheet sheet = workbook.createSheet(list.title());
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            List<Column> columns = list.columns();
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                header.createCell(c).setCellValue(column.label());
                header.getCell(c).setCellStyle(heading);
                String value = list.example().get(c);
                if (column == Column.BIRTH_DATE) {
                    // a real date cell, as Excel makes of a typed date; the column's other cells show dates the same
                    // way
                    sheet.setDefaultColumnStyle(c, date);
                    example.createCell(c).setCellValue(LocalDate.parse(value));
                    example.getCell(c).setCellStyle(date);
                } else {
                    example.createCell(c).setCellValue(value);
                }
                sheet.setColumnWidth(c, (column == Column.CATEGORY || column == Column.POST ? 18 : 14) * 256);
                List<Choice> choices = choices(list, column);
                if (!choices.isEmpty()) {
                    dropDown(sheet, c, column, choices);
                }
            }
            sheet.createFreezePane(0, 1);
            instructions(workbook, list, heading);
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV: UTF-8 with a byte order mark (so that Excel shows the Chinese), header and example, CRLF. */
    public static byte[] csv(PersonList list) {
        StringBuilder text = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            printer.printRecord(list.columns().stream().map(Column::label).toList());
            printer.printRecord(list.example());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The fixed values of a column in this list; empty for free text. */
    static List<Choice> choices(PersonList list, Column column) {
        return switch (column) {
            case GENDER -> Vocabulary.GENDERS;
            case EDUCATION -> Vocabulary.EDUCATIONS;
            case CATEGORY -> Vocabulary.CATEGORIES;
            case POST -> list.posts();
            default -> List.of();
        };
    }

    private static void dropDown(Sheet sheet, int column, Column header, List<Choice> choices) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createExplicitListConstraint(
                choices.stream().map(Choice::label).toArray(String[]::new));
        DataValidation validation =
                helper.createValidation(constraint, new CellRangeAddressList(1, PersonSheet.MAX_ROWS, column, column));
        // a warning, not a stop: the other words the import accepts (本科, 一线…) may still be typed
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.createErrorBox("不在列表中", "请从下拉列表中选择%s：%s".formatted(header.label(), Vocabulary.labels(choices)));
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private static void instructions(XSSFWorkbook workbook, PersonList list, CellStyle heading) {
        Sheet sheet = workbook.createSheet(PersonSheet.INSTRUCTIONS_SHEET);
        int r = 0;
        sheet.createRow(r++).createCell(0).setCellValue(list.title() + "名单填写说明");
        sheet.getRow(0).getCell(0).setCellStyle(heading);
        r++;
        Row titles = sheet.createRow(r++);
        String[] headings = {"列名", "是否必填", "填写说明", "可填写的值"};
        for (int c = 0; c < headings.length; c++) {
            titles.createCell(c).setCellValue(headings[c]);
            titles.getCell(c).setCellStyle(heading);
        }
        for (Column column : list.columns()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(column.label());
            row.createCell(1).setCellValue("必填");
            row.createCell(2).setCellValue(EXPLANATIONS.get(column));
            row.createCell(3).setCellValue(Vocabulary.labels(choices(list, column)));
        }
        r++;
        List<String> notes = List.of(
                "1. 第1行是表头，请不要修改列名；列的顺序可以调整，多出的列不导入。",
                "2. 第2行是示例，请改写或删除。",
                "3. 每行填写一人，空行会跳过；一份名单最多%d人。".formatted(PersonSheet.MAX_ROWS),
                "4. 出生日期可以写成：" + PersonSheet.DATE_FORMS + "。",
                "5. 文件有任何错误时整份名单都不导入，系统会列出每处错误所在的行、列和原因，改正后重新导入即可。",
                "6. 也可以在Excel中另存为CSV（逗号分隔，UTF-8或GBK编码均可）后导入；“填写说明”工作表不会被导入。");
        for (String note : notes) {
            sheet.createRow(r++).createCell(0).setCellValue(note);
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, 70 * 256);
        sheet.setColumnWidth(3, 60 * 256);
    }

    private static CellStyle headingStyle(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }
}
