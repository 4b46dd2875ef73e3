package cn.county.reelection.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** V1: a 5,000-line register with planted duplicates, minors, errors and people of another village. */
class RegisterImportTest {

    private static final LocalDate ELECTION_DAY = LocalDate.of(2027, 3, 15);
    private static final String AREA = "530722";

    /** The planted register and what the check must find in it. */
    private record Planted(
            List<String[]> lines,
            Set<Integer> duplicateRows,
            Set<Integer> minorRows,
            Set<Integer> otherVillageRows,
            Set<Integer> invalidRows,
            Set<Integer> missingRows,
            Set<Integer> mismatchRows,
            Map<String, String> elsewhere,
            int turnsEighteenOnElectionDayRow) {}

    private static Planted planted() {
        List<String[]> lines = new ArrayList<>();
        Set<Integer> duplicates = new HashSet<>(),
                minors = new HashSet<>(),
                others = new HashSet<>(),
                invalid = new HashSet<>(),
                missing = new HashSet<>(),
                mismatch = new HashSet<>();
        Map<String, String> elsewhere = new HashMap<>();
        List<String> ids = new ArrayList<>();
        int eighteenToday = -1;
        for (int i = 0; i < 5000; i++) {
            int row = i + 2; // line 1 is the header
            LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(i * 2L);
            String id = IdNumber.of(AREA, birth, i % 1000);
            String name = "村民" + i;
            String birthText = birth.toString();
            if (i % 200 == 17) { // 25 duplicates of an earlier line's ID number
                id = ids.get(i - 10);
                birthText = "";
                duplicates.add(row);
            } else if (i % 167 == 5) { // 30 minors: 17 on election day
                id = IdNumber.of(AREA, ELECTION_DAY.minusYears(17).minusDays(i % 300), 500);
                birthText = "";
                minors.add(row);
            } else if (i % 500 == 99) { // 10 already registered in another village of the campaign
                elsewhere.put(id, "示例村");
                others.add(row);
            } else if (i % 1000 == 333) { // 5 wrong check characters (错登)
                char check = id.charAt(17);
                id = id.substring(0, 17) + (check == '0' ? '1' : '0');
                invalid.add(row);
            } else if (i % 1250 == 444) { // 4 lines without an ID number
                id = "";
                missing.add(row);
            } else if (i % 2500 == 777) { // 2 birth dates that disagree with the ID number
                birthText = birth.plusDays(1).toString();
                mismatch.add(row);
            } else if (i == 4321) { // 18 years old on election day itself: a voter
                id = IdNumber.of(AREA, ELECTION_DAY.minusYears(18), 321);
                birthText = "";
                eighteenToday = row;
            }
            ids.add(id);
            lines.add(new String[] {name, id, i % 2 == 0 ? "男" : "女", birthText, "第" + (i % 12 + 1) + "村民小组"});
        }
        return new Planted(lines, duplicates, minors, others, invalid, missing, mismatch, elsewhere, eighteenToday);
    }

    private static byte[] csv(List<String[]> lines) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // Excel's UTF-8 BOM
        try (CSVPrinter printer = new CSVPrinter(
                new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader("姓名", "身份证号码", "性别", "出生日期", "村民小组")
                        .get())) {
            for (String[] line : lines) {
                printer.printRecord((Object[]) line);
            }
        }
        return out.toByteArray();
    }

    private static byte[] xlsx(List<String[]> lines) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("登记");
            String[] header = {"姓名", "身份证号码", "性别", "出生日期", "村民小组"};
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < header.length; c++) {
                    row.createCell(c).setCellValue(lines.get(r)[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Set<Integer> rowsOf(RegisterCheck.Result result, RegisterProblem.Kind kind) {
        Set<Integer> rows = new HashSet<>();
        result.problems().stream().filter(p -> p.kind() == kind).forEach(p -> rows.add(p.row()));
        return rows;
    }

    private static void assertEveryPlantedLineReported(Planted p, RegisterCheck.Result result) {
        assertThat(rowsOf(result, RegisterProblem.Kind.DUPLICATE))
                .isEqualTo(p.duplicateRows())
                .hasSize(25);
        assertThat(rowsOf(result, RegisterProblem.Kind.UNDER_18))
                .isEqualTo(p.minorRows())
                .hasSize(30);
        assertThat(rowsOf(result, RegisterProblem.Kind.OTHER_VILLAGE))
                .isEqualTo(p.otherVillageRows())
                .hasSize(10);
        assertThat(rowsOf(result, RegisterProblem.Kind.INVALID_ID))
                .isEqualTo(p.invalidRows())
                .hasSize(5);
        assertThat(rowsOf(result, RegisterProblem.Kind.MISSING_FIELD))
                .isEqualTo(p.missingRows())
                .hasSize(4);
        assertThat(rowsOf(result, RegisterProblem.Kind.BIRTH_DATE_MISMATCH))
                .isEqualTo(p.mismatchRows())
                .hasSize(2);
        assertThat(result.problems())
                .hasSize(25 + 30 + 10 + 5 + 4 + 2)
                .allSatisfy(problem -> assertThat(problem.rule()).isEqualTo("V1"));
        // nobody dropped silently: every line is a voter or a reported problem
        assertThat(result.voters().size() + result.problems().size()).isEqualTo(5000);
        assertThat(result.voters()).hasSize(5000 - 76);
        assertThat(result.voters()).extracting(Voter::idNumber).doesNotHaveDuplicates();
        assertThat(result.voters()).extracting(Voter::row).contains(p.turnsEighteenOnElectionDayRow());
    }

    @Test
    void v1_csvRegisterOf5000Lines_reportsEveryPlantedDuplicateMinorAndError() throws Exception {
        Planted p = planted();
        List<VoterRow> rows = RegisterFile.read("register.csv", new ByteArrayInputStream(csv(p.lines())));
        assertThat(rows).hasSize(5000);

        RegisterCheck.Result result = new RegisterCheck().check(rows, ELECTION_DAY, p.elsewhere());

        assertEveryPlantedLineReported(p, result);
        int firstDuplicate = p.duplicateRows().stream().min(Integer::compare).orElseThrow();
        assertThat(result.problems())
                .filteredOn(q -> q.row() == firstDuplicate)
                .singleElement()
                .satisfies(q -> assertThat(q.message())
                        .contains("第" + (firstDuplicate - 10) + "行")
                        .contains("重复登记"));
    }

    @Test
    void v1_xlsxRegisterOf5000Lines_givesTheSameReport_andThePublishedListReadsBack() throws Exception {
        Planted p = planted();
        List<VoterRow> rows = RegisterFile.read("登记表.xlsx", new ByteArrayInputStream(xlsx(p.lines())));
        RegisterCheck.Result result = new RegisterCheck().check(rows, ELECTION_DAY, p.elsewhere());

        assertEveryPlantedLineReported(p, result);
        byte[] list = RegisterFile.publishedList("示例村选民名单", result.voters());
        assertThat(RegisterFile.namesOnList(new ByteArrayInputStream(list)))
                .hasSize(5000 - 76)
                .startsWith("村民0")
                .doesNotContain("村民17"); // line 19 (村民17) repeats an ID number
    }

    @Test
    void v1_idNumberChecksumAndBirthDate() {
        assertThat(IdNumber.valid("11010519491231002X")).contains("11010519491231002X"); // GB 11643's own example
        assertThat(IdNumber.valid("11010519491231002x")).contains("11010519491231002X");
        assertThat(IdNumber.valid("110105194912310021")).isEmpty();
        assertThat(IdNumber.valid("110105194902300026")).isEmpty(); // 30 February
        assertThat(IdNumber.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdNumber.gender("11010519491231002X")).isEqualTo("F");
    }

    @Test
    void v1_fileWithoutNameOrIdColumnIsRefused() {
        byte[] noId = "姓名,性别\n张三,男\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RegisterFile.read("x.csv", new ByteArrayInputStream(noId)))
                .isInstanceOf(RegisterFile.FormatException.class)
                .hasMessageContaining("身份证号码");
        assertThatThrownBy(() -> RegisterFile.read("x.xlsx", new ByteArrayInputStream(noId)))
                .isInstanceOf(RegisterFile.FormatException.class);
    }
}
