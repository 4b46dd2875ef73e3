package cn.county.reelection.village;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Voter registers as files (V1): reads a register from CSV (Apache Commons CSV, UTF-8, optional BOM)
 * or XLSX (Apache POI, first sheet) with a header line, and writes the published list (选民名单) as XLSX.
 *
 * <p>Columns by header, Chinese or English: 姓名/name and 身份证号码/idNumber are required;
 * 性别/gender, 出生日期/birthDate and 村民小组/居民小组/group are optional.
 */
public final class RegisterFile {

    /** A file that is not a register at all (no header, wrong format): nothing is imported. */
    public static class FormatException extends RuntimeException {
        public FormatException(String message) {
            super(message);
        }
    }

    private static final Map<String, String> HEADERS = new HashMap<>();

    static {
        for (String h : List.of("姓名", "name")) HEADERS.put(h, "name");
        for (String h : List.of("身份证号码", "身份证号", "公民身份号码", "idnumber", "id")) HEADERS.put(h, "idNumber");
        for (String h : List.of("性别", "gender")) HEADERS.put(h, "gender");
        for (String h : List.of("出生日期", "出生年月日", "birthdate")) HEADERS.put(h, "birthDate");
        for (String h : List.of("村民小组", "居民小组", "小组", "group")) HEADERS.put(h, "group");
    }

    private RegisterFile() {}

    /** Reads a register; {@code fileName} decides the format (.xlsx, otherwise CSV). */
    public static List<VoterRow> read(String fileName, InputStream in) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            return lower.endsWith(".xlsx") ? readXlsx(in) : readCsv(in);
        } catch (IOException e) {
            throw new FormatException("无法读取选民登记文件，请上传CSV（UTF-8编码）或XLSX格式的选民登记表");
        }
    }

    static List<VoterRow> readCsv(InputStream in) throws IOException {
        Reader reader = new InputStreamReader(
                BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(reader)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            List<VoterRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                rows.add(new VoterRow(
                        line,
                        get(record, columns, "name"),
                        get(record, columns, "idNumber"),
                        get(record, columns, "gender"),
                        get(record, columns, "birthDate"),
                        get(record, columns, "group")));
            }
            return rows;
        }
    }

    private static String get(CSVRecord record, Map<String, String> columns, String field) {
        String header = columns.get(field);
        return header == null || !record.isSet(header) ? null : record.get(header);
    }

    static List<VoterRow> readXlsx(InputStream in) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw new FormatException("选民登记表没有表头");
            }
            List<String> names = new ArrayList<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                names.add(header.getCell(c) == null ? "" : formatter.formatCellValue(header.getCell(c)));
            }
            Map<String, String> columns = columns(names);
            Map<String, Integer> index = new HashMap<>();
            columns.forEach((field, name) -> index.put(field, names.indexOf(name)));
            List<VoterRow> rows = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] v = new String[5];
                String[] fields = {"name", "idNumber", "gender", "birthDate", "group"};
                boolean empty = true;
                for (int f = 0; f < fields.length; f++) {
                    Integer c = index.get(fields[f]);
                    v[f] = c == null ? null : text(row.getCell(c), formatter);
                    empty &= v[f] == null || v[f].isBlank();
                }
                if (!empty) {
                    rows.add(new VoterRow(r + 1, v[0], v[1], v[2], v[3], v[4]));
                }
            }
            return rows;
        } catch (NotOfficeXmlFileException | POIXMLException e) {
            throw new FormatException("不是有效的XLSX文件，请用Excel另存为.xlsx格式后重新上传");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }

    private static Map<String, String> columns(List<String> headerNames) {
        Map<String, String> columns = new HashMap<>();
        for (String h : headerNames) {
            String field = HEADERS.get(h == null ? "" : h.trim().toLowerCase(Locale.ROOT));
            if (field != null) {
                columns.putIfAbsent(field, h);
            }
        }
        if (!columns.containsKey("name") || !columns.containsKey("idNumber")) {
            throw new FormatException("选民登记表的表头须有“姓名”和“身份证号码”两列，现为：" + String.join("、", headerNames));
        }
        return columns;
    }

    /**
     * The published list (选民名单) as XLSX: title, then one line per voter with number, name, gender,
     * birth date and group *(choice: the ID number is not published)*.
     */
    public static byte[] publishedList(String title, List<Voter> voters) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("选民名单");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(title + "（共%d人）".formatted(voters.size()));
            titleRow.getCell(0).setCellStyle(heading);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            String[] columns = {"序号", "姓名", "性别", "出生日期", "村（居）民小组"};
            Row header = sheet.createRow(1);
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
                header.getCell(c).setCellStyle(heading);
            }
            DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE;
            for (int i = 0; i < voters.size(); i++) {
                Voter v = voters.get(i);
                Row row = sheet.createRow(i + 2);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue(v.name());
                row.createCell(2).setCellValue("F".equals(v.gender()) ? "女" : "男");
                row.createCell(3).setCellValue(day.format(v.birthDate()));
                row.createCell(4).setCellValue(v.group() == null ? "" : v.group());
            }
            for (int c = 0; c < columns.length; c++) {
                sheet.setColumnWidth(c, (c == 0 ? 8 : 16) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads back a published list (for checks and tests): the names in order. */
    public static List<String> namesOnList(InputStream in) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> names = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            return names;
        }
    }
}
