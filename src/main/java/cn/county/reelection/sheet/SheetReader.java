package cn.county.reelection.sheet;

import cn.county.reelection.web.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the rows of an uploaded spreadsheet, the same way for every import: an Excel workbook (.xlsx, Apache POI)
 * or a CSV file (Apache Commons CSV; UTF-8 with or without a byte order mark, or GB18030/GBK as Excel writes it on
 * Chinese Windows). The format is told by the bytes, not by the file's name. Hidden sheets and the templates'
 * explanation sheet ({@value #INSTRUCTIONS_SHEET}) are not read. What the rows mean is the caller's business.
 */
public final class SheetReader {

    /** Most problems listed in one answer; the message counts them all. */
    public static final int MAX_ERRORS = 300;
    /** The templates' explanation sheet, never read as data. */
    public static final String INSTRUCTIONS_SHEET = "填写说明";
    /** The date forms an error message offers. */
    public static final String DATE_FORMS = "1980-05-01、1980/5/1、1980.05.01、19800501、1980年5月1日或Excel日期";
    /** How far below a title the header row may be. */
    public static final int HEADER_SEARCH_ROWS = 10;

    private static final Pattern SEPARATED =
            Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:\\s+0{1,2}:00(?::00)?)?");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /** Excel's day numbers from 1927 on (10000) have five digits; a shorter number is more likely a year. */
    private static final Pattern SERIAL = Pattern.compile("\\d{5}");

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final Charset GB18030 = Charset.forName("GB18030");

    private SheetReader() {}

    /** A cell as read: its text, and for Excel its number, and its date when the cell is formatted as one. */
    public record Cell(String text, LocalDate date, Double number) {
        public static final Cell EMPTY = new Cell("", null, null);

        public boolean blank() {
            return date == null && number == null && text.isBlank();
        }
    }

    /** A row of the file with its number as the user sees it. */
    public record Line(int row, List<Cell> cells) {
        public Cell cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : Cell.EMPTY;
        }

        public boolean blank() {
            return cells.stream().allMatch(Cell::blank);
        }
    }

    /** The rows of one sheet; {@code sheet} is null for CSV. */
    public record Table(String sheet, List<Line> lines, boolean date1904) {

        /** The first non-blank row among the first {@link #HEADER_SEARCH_ROWS} with a cell the predicate accepts. */
        public Optional<Line> header(Predicate<String> names) {
            return lines.stream()
                    .filter(l -> !l.blank())
                    .limit(HEADER_SEARCH_ROWS)
                    .filter(l -> l.cells().stream().anyMatch(c -> names.test(c.text())))
                    .findFirst();
        }
    }

    /** Collects the problems of a file, up to {@link #MAX_ERRORS}, counting all. */
    public static final class Problems {
        private final List<SheetError> listed = new ArrayList<>();
        private int total;

        public void add(SheetError error) {
            total++;
            if (listed.size() < MAX_ERRORS) {
                listed.add(error);
            }
        }

        /** A problem of one cell: {@code column} is the 0-based index, shown as its letter. */
        public void at(Table table, Line line, int column, String label, String message) {
            add(new SheetError(
                    table.sheet(),
                    line.row(),
                    column < 0 ? null : CellReference.convertNumToColString(column),
                    label,
                    message));
        }

        public int total() {
            return total;
        }

        public List<SheetError> listed() {
            return listed;
        }

        /**
         * Asks {@code validator} again until it passes: it answers one problem at a time, which {@code locate} puts on
         * its cell and takes out of what is asked next. A problem that names no cell is the whole file's and ends the
         * asking; so does the round after {@code rounds} (asked each round: taking rows out may lower it).
         */
        public void untilValid(IntSupplier rounds, Runnable validator, Predicate<ApiException> locate) {
            for (int round = 0; round <= rounds.getAsInt(); round++) {
                try {
                    validator.run();
                    return;
                } catch (ApiException e) {
                    if (!locate.test(e)) {
                        add(SheetError.ofFile(null, SheetError.labelled(e.rule(), null, e.getMessage())));
                        return;
                    }
                }
            }
        }

        /** Throws when anything was found; {@code what} names what is not imported (人员, 党组织…). */
        public void throwIfAny(String what) {
            if (total > 0) {
                throw new SheetException(listed, total, what);
            }
        }
    }

    /** The sheets of a workbook, in order, or the one table of a CSV file; throws {@link SheetException} for an unreadable file. */
    public static List<Table> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw SheetException.ofFile(null, "文件是空的");
        }
        if (startsWith(content, OLE2)) {
            throw SheetException.ofFile(
                    null, "这是旧版Excel（.xls）文件或加密的文件：请在Excel中“另存为”Excel工作簿（.xlsx）或CSV（逗号分隔），不设密码，再导入");
        }
        return startsWith(content, ZIP) ? xlsx(content) : List.of(csv(content));
    }

    /** The sheets of an Excel workbook only: a CSV file is refused (for imports of several sheets). */
    public static List<Table> readWorkbook(byte[] content) {
        if (content != null && content.length > 0 && !startsWith(content, ZIP) && !startsWith(content, OLE2)) {
            throw SheetException.ofFile(null, "请上传Excel工作簿（.xlsx），可从同一地址下载模板");
        }
        return read(content);
    }

    private static List<Table> xlsx(byte[] content) {
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            // POI fails in many ways on a zip that is no workbook (a .docx, a damaged file): all mean the same to the
            // user
            throw SheetException.ofFile(null, "无法读取Excel文件：文件已损坏，或不是Excel工作簿（.xlsx）");
        }
        try (workbook) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            formatter.setUseCachedValuesForFormulaCells(true);
            List<Table> tables = new ArrayList<>();
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                boolean hidden = workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s);
                if (hidden || INSTRUCTIONS_SHEET.equals(sheet.getSheetName().strip())) {
                    continue;
                }
                List<Line> lines = new ArrayList<>();
                for (Row row : sheet) {
                    List<Cell> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        cells.add(cell(row.getCell(c), formatter));
                    }
                    lines.add(new Line(row.getRowNum() + 1, cells));
                }
                tables.add(new Table(sheet.getSheetName(), lines, workbook.isDate1904()));
            }
            if (tables.isEmpty()) {
                throw SheetException.ofFile(null, "Excel文件中没有可导入的工作表（“填写说明”和隐藏的工作表不导入）");
            }
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return Cell.EMPTY;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = formatter.formatCellValue(cell);
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                // the number too: a year typed into a column formatted for dates is still the year
                return new Cell(text, cell.getLocalDateTimeCellValue().toLocalDate(), cell.getNumericCellValue());
            }
            return new Cell(text, null, cell.getNumericCellValue());
        }
        return new Cell(text == null ? "" : text, null, null);
    }

    private static Table csv(byte[] content) {
        String text = decode(content);
        if (CONTROL.matcher(text).find()) {
            throw SheetException.ofFile(null, "无法读取文件：请上传Excel工作簿（.xlsx）或CSV文件");
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            try {
                for (CSVRecord record : parser) {
                    lines.add(new Line(
                            (int) record.getRecordNumber(),
                            record.stream().map(v -> new Cell(v, null, null)).toList()));
                }
            } catch (UncheckedIOException e) {
                throw SheetException.ofFile(
                        null, "CSV文件格式不正确：第%d行附近的引号没有配对".formatted(Math.max(1, parser.getCurrentLineNumber())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Table(null, lines, false);
    }

    /** UTF-8 (a byte order mark dropped) when the bytes are valid UTF-8, otherwise GB18030 (which includes GBK). */
    public static String decode(byte[] content) {
        int start = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return strict(StandardCharsets.UTF_8).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(GB18030).decode(ByteBuffer.wrap(content)).toString();
            } catch (CharacterCodingException neither) {
                throw SheetException.ofFile(null, "无法读取文件：请上传Excel工作簿（.xlsx）或CSV文件（UTF-8或GBK编码）");
            }
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Comma as Excel writes CSV; a file saved as text with tabs (or semicolons) is read too. */
    private static char delimiter(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        return first.contains(",") ? ',' : first.contains("\t") ? '\t' : first.contains(";") ? ';' : ',';
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    // ---- values ----

    /** A header's or choice's comparison key: NFKC, no spaces, upper case. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\s\\u3000\\uFEFF]+", "")
                .toUpperCase(Locale.ROOT);
    }

    /** The cell's text as {@link #normalized}; null when blank. */
    public static String text(Cell cell) {
        String text = normalized(cell.text());
        return text.isEmpty() ? null : text;
    }

    /** NFKC (full-width digits and brackets become ASCII), trimmed. */
    public static String normalized(String text) {
        return text == null
                ? ""
                : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /**
     * The date a cell holds: an Excel date, 19800501 typed as a number, Excel's day number, or one of
     * {@link #DATE_FORMS} as text; null when it is none of them; a {@link java.time.DateTimeException} for 1980-02-30.
     */
    public static LocalDate date(Cell cell, boolean date1904) {
        return cell.date() != null
                ? cell.date()
                : cell.number() != null ? number(cell.number(), date1904) : text(normalized(cell.text()), date1904);
    }

    /**
     * A whole number in a cell (a number cell, or its text with digits only); null when the cell holds anything
     * else, such as 12.5 or 四十.
     */
    public static Long wholeNumber(Cell cell) {
        if (cell.number() != null) {
            double value = cell.number();
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? (long) value : null;
        }
        String text = normalized(cell.text()).replace(",", "");
        return text.matches("-?\\d{1,15}") ? Long.parseLong(text) : null;
    }

    private static LocalDate number(double value, boolean date1904) {
        if (value == Math.rint(value) && value >= 10_000_000 && value <= 99_999_999) {
            return text(String.valueOf((long) value), date1904);
        }
        if (value >= 10_000 && value < 2_958_466) {
            return DateUtil.getLocalDateTime(value, date1904).toLocalDate();
        }
        return null;
    }

    private static LocalDate text(String text, boolean date1904) {
        Matcher m;
        if ((m = SEPARATED.matcher(text)).matches()) {
            return LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        }
        if ((m = CHINESE.matcher(text)).matches() || (m = COMPACT.matcher(text)).matches()) {
            return LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if (SERIAL.matcher(text).matches()) {
            return DateUtil.getLocalDateTime(Integer.parseInt(text), date1904).toLocalDate();
        }
        return null;
    }

    /** A cell's text as a message quotes it: control characters replaced, at most 30 characters. */
    public static String shown(String text) {
        String visible = text.strip().replaceAll("\\p{Cntrl}", "?");
        return visible.length() > 30 ? visible.substring(0, 30) + "…" : visible;
    }
}
