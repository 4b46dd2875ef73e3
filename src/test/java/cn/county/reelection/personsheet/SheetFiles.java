package cn.county.reelection.personsheet;

import cn.county.reelection.vetting.Person;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Spreadsheets written in the tests with POI and Commons CSV, as people would fill them in. */
public final class SheetFiles {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰";

    private SheetFiles() {}

    /**
     * A workbook with one sheet; a LocalDate becomes a date cell (yyyy-mm-dd), a Number a numeric cell, null an
     * absent cell, anything else text.
     */
    public static byte[] xlsx(String sheetName, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(workbook, workbook.createSheet(sheetName), rows);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void fill(XSSFWorkbook workbook, Sheet sheet, List<List<Object>> rows) {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof LocalDate d) {
                    row.createCell(c).setCellValue(d);
                    row.getCell(c).setCellStyle(date);
                } else if (value instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (value != null) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
    }

    /** A CSV in the given encoding, optionally with a UTF-8 byte order mark; CRLF as Excel writes it. */
    public static byte[] csv(Charset charset, boolean bom, List<List<Object>> rows) {
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            for (List<Object> row : rows) {
                printer.printRecord(
                        row.stream().map(v -> v == null ? "" : v.toString()).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(charset);
    }

    /** {@code count} distinct, complete persons; with posts of {@code list} when it has posts. */
    public static List<Person> persons(PersonList list, int count) {
        List<Person> persons = new ArrayList<>();
        String[] ethnicities = {"汉族", "纳西族", "白族", "彝族"};
        for (int i = 0; i < count; i++) {
            String name =
                    "" + SURNAMES.charAt(i % SURNAMES.length()) + GIVEN.charAt((i / SURNAMES.length()) % GIVEN.length())
                            + (i >= SURNAMES.length() * GIVEN.length() ? GIVEN.charAt(i % GIVEN.length()) : "");
            Person.Post post = list.posts().isEmpty()
                    ? null
                    : Person.Post.valueOf(
                            list.posts().get(i % list.posts().size()).code());
            persons.add(new Person(
                    name,
                    i % 3 == 0 ? Person.Gender.F : Person.Gender.M,
                    LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28),
                    ethnicities[i % ethnicities.length],
                    Person.Education.values()[i % 4],
                    Person.Category.values()[i % 4],
                    post));
        }
        return persons;
    }

    /** The header of the list, then one row per person in Chinese labels; the birth date as {@code dates} gives it. */
    public static List<List<Object>> rows(PersonList list, List<Person> persons, boolean datesAsCells) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(list.columns().stream().map(Column::label).toList()));
        for (Person p : persons) {
            List<Object> row = new ArrayList<>();
            for (Column column : list.columns()) {
                row.add(
                        switch (column) {
                            case NAME -> p.name();
                            case GENDER -> label(Vocabulary.GENDERS, p.gender().name());
                            case BIRTH_DATE ->
                                datesAsCells ? p.birthDate() : p.birthDate().toString();
                            case ETHNICITY -> p.ethnicity();
                            case EDUCATION ->
                                label(Vocabulary.EDUCATIONS, p.education().name());
                            case CATEGORY ->
                                label(Vocabulary.CATEGORIES, p.category().name());
                            case POST -> label(list.posts(), p.post().name());
                        });
            }
            rows.add(row);
        }
        return rows;
    }

    public static String label(List<Choice> choices, String code) {
        return choices.stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow()
                .label();
    }
}
