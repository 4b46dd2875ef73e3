package cn.county.reelection.personsheet;

import static cn.county.reelection.personsheet.PersonList.BRANCH_CANDIDATES;
import static cn.county.reelection.personsheet.PersonList.COMMITTEE_CANDIDATES;
import static cn.county.reelection.personsheet.PersonList.COMMITTEE_NOMINEES;
import static cn.county.reelection.personsheet.PersonList.DELEGATE_CANDIDATES;
import static cn.county.reelection.personsheet.PersonList.DISCIPLINE_NOMINEES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import cn.county.reelection.sheet.SheetError;
import cn.county.reelection.vetting.Person;
import cn.county.reelection.vetting.Person.Category;
import cn.county.reelection.vetting.Person.Education;
import cn.county.reelection.vetting.Person.Gender;
import cn.county.reelection.vetting.Person.Post;
import cn.county.reelection.village.Candidate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Person lists from XLSX and CSV files: formats, encodings, dates, every kind of problem and its place. */
class PersonSheetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Charset GBK = Charset.forName("GBK");

    private static PersonSheetException refused(PersonList list, byte[] file) {
        PersonSheetException e =
                catchThrowableOfType(PersonSheetException.class, () -> PersonSheet.read(list, file, TODAY));
        assertThat(e).as("the file should be refused").isNotNull();
        return e;
    }

    private static List<List<Object>> header(PersonList list) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(list.columns().stream().map(Column::label).toList()));
        return rows;
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    // ---- formats and encodings ----

    @Test
    void xlsx_twentyDelegateCandidatesReadBackInOrder() {
        List<Person> persons = SheetFiles.persons(DELEGATE_CANDIDATES, 20);
        byte[] file = SheetFiles.xlsx("Sheet1", SheetFiles.rows(DELEGATE_CANDIDATES, persons, true));

        assertThat(PersonSheet.readPersons(DELEGATE_CANDIDATES, file, TODAY)).containsExactlyElementsOf(persons);
    }

    @ParameterizedTest
    @CsvSource({"UTF-8, false", "UTF-8, true", "GBK, false", "GB18030, false"})
    void csv_inUtf8WithOrWithoutBomAndInGbk(String charset, boolean bom) {
        List<Person> persons = SheetFiles.persons(COMMITTEE_NOMINEES, 20);
        byte[] file =
                SheetFiles.csv(Charset.forName(charset), bom, SheetFiles.rows(COMMITTEE_NOMINEES, persons, false));

        assertThat(PersonSheet.readPersons(COMMITTEE_NOMINEES, file, TODAY)).containsExactlyElementsOf(persons);
    }

    @Test
    void gbkBytesAreNotReadAsUtf8() {
        byte[] file = "姓名,性别\r\n张三,男\r\n".getBytes(GBK);
        assertThat(new String(file, StandardCharsets.UTF_8)).doesNotContain("张三");

        assertThat(PersonSheet.readCandidates(BRANCH_CANDIDATES, file, TODAY))
                .containsExactly(new Candidate("张三", "M", null));
    }

    @Test
    void tabSeparatedTextIsReadToo() {
        byte[] file = "姓名\t性别\t拟任职务\r\n张三\t男\t主任\r\n".getBytes(StandardCharsets.UTF_8);

        assertThat(PersonSheet.readCandidates(COMMITTEE_CANDIDATES, file, TODAY))
                .containsExactly(new Candidate("张三", "M", "CHAIR"));
    }

    @Test
    void twoHundredRowsAreAccepted() {
        List<Person> persons = SheetFiles.persons(DISCIPLINE_NOMINEES, 200);

        assertThat(PersonSheet.readPersons(
                        DISCIPLINE_NOMINEES,
                        SheetFiles.xlsx("名单", SheetFiles.rows(DISCIPLINE_NOMINEES, persons, true)),
                        TODAY))
                .containsExactlyElementsOf(persons);
        assertThat(PersonSheet.readPersons(
                        DISCIPLINE_NOMINEES,
                        SheetFiles.csv(
                                StandardCharsets.UTF_8, true, SheetFiles.rows(DISCIPLINE_NOMINEES, persons, false)),
                        TODAY))
                .containsExactlyElementsOf(persons);
    }

    @Test
    void twoHundredAndOneRowsAreRefused() {
        List<Person> persons = SheetFiles.persons(DELEGATE_CANDIDATES, 201);

        PersonSheetException e = refused(
                DELEGATE_CANDIDATES, SheetFiles.xlsx("名单", SheetFiles.rows(DELEGATE_CANDIDATES, persons, true)));

        assertThat(e.errors())
                .extracting(SheetError::sheet, SheetError::row, SheetError::message)
                .containsExactly(tuple("名单", null, "名单最多200人，文件中有201人"));
        assertThat(e.getMessage()).isEqualTo("名单最多200人，文件中有201人");
    }

    // ---- columns ----

    @Test
    void headerInAnotherOrder_extraColumns_titleRowAndEmptyRows() {
        List<List<Object>> rows = List.of(
                row("2026年羊岑乡党委委员候选人名单"),
                row(),
                row("序号", "拟任职务", "学历", " 姓 名 ", "备注", "人员类别", "民族", "出生日期", "性别"),
                row(1, "副乡(镇)长", "本科", "张三", "现任副乡长", "一线", "纳西", "1980.05.01", "男"),
                row(2, null, null, null, null, null, null, null, null),
                row(3, "书记", "硕士", "李四", null, "领导干部", "汉族", LocalDate.of(1975, 3, 9), "女"),
                row(4, "", "", "", "不导入的说明", "", "", "", ""));

        List<Person> persons = PersonSheet.readPersons(COMMITTEE_NOMINEES, SheetFiles.xlsx("Sheet1", rows), TODAY);

        assertThat(persons)
                .containsExactly(
                        new Person(
                                "张三",
                                Gender.M,
                                LocalDate.of(1980, 5, 1),
                                "纳西族",
                                Education.BACHELOR,
                                Category.FRONTLINE,
                                Post.DEPUTY_HEAD),
                        new Person(
                                "李四",
                                Gender.F,
                                LocalDate.of(1975, 3, 9),
                                "汉族",
                                Education.POSTGRADUATE,
                                Category.CADRE,
                                Post.SECRETARY));
    }

    @Test
    void variantHeaders_andAnUnknownHeaderIsAMissingColumn() {
        List<List<Object>> rows = List.of(
                row("姓名", "性别", "出生年月日", "民族", "文化程度", "人员类别（身份）", "拟任职务*"),
                row("张三", "男", "1980-05-01", "汉族", "大专", "其他", "纪委书记"));

        PersonSheetException e = refused(DISCIPLINE_NOMINEES, SheetFiles.csv(StandardCharsets.UTF_8, false, rows));

        // 人员类别（身份） is not a header the sheet knows: the column is missing, the rest was found
        assertThat(e.errors())
                .extracting(SheetError::row, SheetError::column, SheetError::columnLabel, SheetError::message)
                .containsExactly(tuple(1, null, "人员类别", "缺少“人员类别”列"));

        rows.get(0).set(5, "人员类别");
        assertThat(PersonSheet.readPersons(
                        DISCIPLINE_NOMINEES, SheetFiles.csv(StandardCharsets.UTF_8, false, rows), TODAY))
                .extracting(Person::post)
                .containsExactly(Post.DISCIPLINE_SECRETARY);
    }

    @Test
    void everyMissingColumnAndDuplicatedColumnIsNamed() {
        List<List<Object>> rows = List.of(row("姓名", "民族", "姓名", "学历"), row("张三", "汉族", "张三", "大专"));

        PersonSheetException e = refused(COMMITTEE_NOMINEES, SheetFiles.xlsx("名单", rows));

        assertThat(e.errors())
                .extracting(
                        SheetError::sheet,
                        SheetError::row,
                        SheetError::column,
                        SheetError::columnLabel,
                        SheetError::message)
                .containsExactly(
                        tuple("名单", 1, "C", "姓名", "“姓名”列重复：A列已是此列"),
                        tuple("名单", 1, null, "性别", "缺少“性别”列"),
                        tuple("名单", 1, null, "出生日期", "缺少“出生日期”列"),
                        tuple("名单", 1, null, "人员类别", "缺少“人员类别”列"),
                        tuple("名单", 1, null, "拟任职务", "缺少“拟任职务”列"));
        assertThat(e.getMessage()).isEqualTo("文件有5处错误，未导入任何人员");
    }

    // ---- values ----

    @ParameterizedTest
    @CsvSource({
        "2026-11-27, 2026-11-27", "2026/11/27, 2026-11-27", "2026.11.27, 2026-11-27", "20261127, 2026-11-27",
        "1980-5-1, 1980-05-01", "1980/5/1, 1980-05-01", "1980.5.1, 1980-05-01", "1980年5月1日, 1980-05-01",
        "'1980/5/1 0:00', 1980-05-01", "１９８０－０５－０１, 1980-05-01", "29342, 1980-05-01", "' 1980-05-01 ', 1980-05-01"
    })
    void everyTextDateForm(String written, LocalDate expected) {
        List<List<Object>> rows = header(DELEGATE_CANDIDATES);
        rows.add(row("张三", "男", written, "汉族", "大专", "一线"));

        assertThat(PersonSheet.readPersons(
                        DELEGATE_CANDIDATES, SheetFiles.csv(StandardCharsets.UTF_8, false, rows), TODAY))
                .extracting(Person::birthDate)
                .containsExactly(expected);
    }

    @Test
    void excelDateCells_serialNumbersAndCompactNumbers() {
        List<List<Object>> rows = header(DELEGATE_CANDIDATES);
        rows.add(row("张三", "男", LocalDate.of(1980, 5, 1), "汉族", "大专", "一线"));
        rows.add(row("李四", "男", 29342, "汉族", "大专", "一线")); // a date cell whose format was lost: Excel's day number
        rows.add(row("王五", "女", 19800501, "汉族", "大专", "一线")); // typed as a number
        rows.add(row("赵六", "女", "1980/5/1", "汉族", "大专", "一线")); // text

        assertThat(PersonSheet.readPersons(DELEGATE_CANDIDATES, SheetFiles.xlsx("Sheet1", rows), TODAY))
                .extracting(Person::birthDate)
                .containsOnly(LocalDate.of(1980, 5, 1))
                .hasSize(4);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1980-13-01|出生日期“1980-13-01”不是有效的日期",
                "1981-02-29|出生日期“1981-02-29”不是有效的日期",
                "1980年5月|出生日期“1980年5月”无法识别：可填写1980-05-01、1980/5/1、1980.05.01、19800501、1980年5月1日或Excel日期",
                "5/1/1980|出生日期“5/1/1980”无法识别：可填写1980-05-01、1980/5/1、1980.05.01、19800501、1980年5月1日或Excel日期",
                "1980|出生日期“1980”无法识别：可填写1980-05-01、1980/5/1、1980.05.01、19800501、1980年5月1日或Excel日期",
                "1980-05/01|出生日期“1980-05/01”无法识别：可填写1980-05-01、1980/5/1、1980.05.01、19800501、1980年5月1日或Excel日期",
                "2026-11-28|出生日期2026-11-28不合理：应早于今天且不早于1900年1月1日",
                "1899-12-31|出生日期1899-12-31不合理：应早于今天且不早于1900年1月1日"
            })
    void badDatesSayWhichFormsAreAccepted(String written, String message) {
        List<List<Object>> rows = header(DELEGATE_CANDIDATES);
        rows.add(row("张三", "男", written, "汉族", "大专", "一线"));

        PersonSheetException e = refused(DELEGATE_CANDIDATES, SheetFiles.csv(StandardCharsets.UTF_8, false, rows));

        assertThat(e.errors())
                .extracting(
                        SheetError::sheet,
                        SheetError::row,
                        SheetError::column,
                        SheetError::columnLabel,
                        SheetError::message)
                .containsExactly(tuple(null, 2, "C", "出生日期", message));
    }

    @Test
    void chineseWordsAndEnumCodesMapToTheProcessCodes() {
        List<List<Object>> rows = header(COMMITTEE_NOMINEES);
        rows.add(row("甲", "M", "1980-05-01", "汉", "中专", "生产工作一线", "副镇长"));
        rows.add(row("乙", "女", "1980-05-01", "汉族", "HIGH_SCHOOL", "PROFESSIONAL", "DEPUTY_HEAD"));
        rows.add(row("丙", "男性", "1980-05-01", "回族", "博士", "专业技术人员", "副乡长"));
        rows.add(row("丁", "F", "1980-05-01", "藏族", "bachelor", "CADRE", "副乡（镇）长"));
        rows.add(row("戊", "男", "1980-05-01", "蒙古", "高中及以下", "其他", "党委秘书"));

        assertThat(PersonSheet.readPersons(
                        COMMITTEE_NOMINEES, SheetFiles.csv(StandardCharsets.UTF_8, false, rows), TODAY))
                .extracting(Person::gender, Person::ethnicity, Person::education, Person::category, Person::post)
                .containsExactly(
                        tuple(Gender.M, "汉族", Education.HIGH_SCHOOL, Category.FRONTLINE, Post.DEPUTY_HEAD),
                        tuple(Gender.F, "汉族", Education.HIGH_SCHOOL, Category.PROFESSIONAL, Post.DEPUTY_HEAD),
                        tuple(Gender.M, "回族", Education.POSTGRADUATE, Category.PROFESSIONAL, Post.DEPUTY_HEAD),
                        tuple(Gender.F, "藏族", Education.BACHELOR, Category.CADRE, Post.DEPUTY_HEAD),
                        tuple(Gender.M, "蒙古族", Education.HIGH_SCHOOL, Category.OTHER, Post.COMMITTEE_SECRETARY));
    }

    @Test
    void everyKindOfBadCellIsReportedWithItsPlace_andNothingIsImported() {
        List<List<Object>> rows = header(COMMITTEE_NOMINEES);
        rows.add(row("张三", "男", "1980-05-01", "汉族", "大专", "一线", "书记")); // row 2: good
        rows.add(row("<script>", "男", "1980-05-01", "汉族", "大专", "一线", "副书记")); // row 3: name characters
        rows.add(row("", "不详", "1980-05-01", "汉族", "大专", "一线", "副书记")); // row 4: no name, gender
        rows.add(row("李四", "女", "1980-02-30", "", "小学以下", "一线", "人大主席")); // row 5: date, ethnicity, education
        rows.add(row("张三", "男", "", "汉族", "大专", "工人", "")); // row 6: duplicate, no date, category, post
        rows.add(row("王五", "男", "1970-01-01", "汉族", "大专", "一线", "纪委书记")); // row 7: post of the other list
        rows.add(row("赵六", "男", "1970-01-01", "汉族", "大专", "一线", "乡长")); // row 8: unknown post
        rows.add(row("钱".repeat(41), "", "", "", "", "", "书记")); // row 9: long name, all empty
        rows.add(row("孙七", "女", "1990-01-01", "汉族';--", "大学本科", "领导干部", "宣传委员")); // row 10: ethnicity characters

        PersonSheetException e = refused(COMMITTEE_NOMINEES, SheetFiles.xlsx("党委", rows));

        assertThat(e.errors()).extracting(SheetError::sheet).containsOnly("党委");
        assertThat(e.errors())
                .extracting(SheetError::row, SheetError::column, SheetError::columnLabel, SheetError::message)
                .containsExactly(
                        tuple(3, "A", "姓名", "姓名“<script>”含有不允许的字符：名称只能由文字、数字、间隔号（·）、括号、连字符和空格组成"),
                        tuple(4, "A", "姓名", "姓名必须填写"),
                        tuple(4, "B", "性别", "性别“不详”无法识别：应填男、女之一"),
                        tuple(5, "C", "出生日期", "出生日期“1980-02-30”不是有效的日期"),
                        tuple(5, "D", "民族", "民族必须填写"),
                        tuple(5, "E", "学历", "学历“小学以下”无法识别：应填高中及以下、大专、大学本科、研究生之一"),
                        tuple(6, "A", "姓名", "姓名“张三”重复：第2行已有此人"),
                        tuple(6, "C", "出生日期", "出生日期必须填写（如1980-05-01）"),
                        tuple(6, "F", "人员类别", "人员类别“工人”无法识别：应填生产（工作）一线、专业技术人员、领导干部、其他之一"),
                        tuple(6, "G", "拟任职务", "拟任职务必须填写（书记、副书记、人大主席、副乡（镇）长、武装部长、组织委员、宣传委员、纪检委员、党委秘书）"),
                        tuple(
                                7,
                                "G",
                                "拟任职务",
                                "“纪委书记”是纪委委员候选人的职务，党委委员候选人的拟任职务应为书记、副书记、人大主席、副乡（镇）长、武装部长、组织委员、宣传委员、纪检委员、党委秘书之一"),
                        tuple(8, "G", "拟任职务", "拟任职务“乡长”无法识别：应填书记、副书记、人大主席、副乡（镇）长、武装部长、组织委员、宣传委员、纪检委员、党委秘书之一"),
                        tuple(9, "A", "姓名", "姓名最多40个字"),
                        tuple(9, "B", "性别", "性别必须填写（男、女）"),
                        tuple(9, "C", "出生日期", "出生日期必须填写（如1980-05-01）"),
                        tuple(9, "D", "民族", "民族必须填写"),
                        tuple(9, "E", "学历", "学历必须填写（高中及以下、大专、大学本科、研究生）"),
                        tuple(9, "F", "人员类别", "人员类别必须填写（生产（工作）一线、专业技术人员、领导干部、其他）"),
                        tuple(10, "D", "民族", "民族“汉族';--”含有不允许的字符：名称只能由文字、数字、间隔号（·）、括号、连字符和空格组成"));
        assertThat(e.total()).isEqualTo(19);
        assertThat(e.getMessage()).isEqualTo("文件有19处错误，未导入任何人员");
    }

    @Test
    void oneBadCellAmongTwentyGoodRowsImportsNothing() {
        List<Person> persons = SheetFiles.persons(DELEGATE_CANDIDATES, 20);
        List<List<Object>> rows = SheetFiles.rows(DELEGATE_CANDIDATES, persons, false);
        rows.get(15).set(1, "男女");

        PersonSheetException e = refused(DELEGATE_CANDIDATES, SheetFiles.csv(StandardCharsets.UTF_8, true, rows));

        assertThat(e.errors()).extracting(SheetError::row, SheetError::column).containsExactly(tuple(16, "B"));
    }

    @Test
    void csvRowNumbersAreTheRowsExcelShows_evenWithEmptyLinesAndQuotedLineBreaks() {
        String csv = "姓名,性别,拟任职务\r\n张三,男,主任\r\n\r\n\"李\r\n四\",男,委员\r\n王五,男,组长\r\n";

        PersonSheetException e = refused(COMMITTEE_CANDIDATES, csv.getBytes(StandardCharsets.UTF_8));

        // Excel opens this file as: row 1 header, 2 张三, 3 empty, 4 the name with a line break, 5 王五
        assertThat(e.errors())
                .extracting(SheetError::row, SheetError::column, SheetError::columnLabel)
                .containsExactly(tuple(4, "A", "姓名"), tuple(5, "C", "拟任职务"));
    }

    @Test
    void atMostThreeHundredProblemsAreListedButAllAreCounted() {
        List<List<Object>> rows = header(DELEGATE_CANDIDATES);
        for (Person p : SheetFiles.persons(DELEGATE_CANDIDATES, 200)) {
            rows.add(row(p.name(), "?", "?", "汉族", "大专", "一线"));
        }

        PersonSheetException e = refused(DELEGATE_CANDIDATES, SheetFiles.xlsx("Sheet1", rows));

        assertThat(e.total()).isEqualTo(400);
        assertThat(e.errors()).hasSize(PersonSheet.MAX_ERRORS);
        assertThat(e.getMessage()).isEqualTo("文件有400处错误，未导入任何人员");
    }

    // ---- village lists ----

    @Test
    void villageCommitteeAndBranchCandidates() {
        List<List<Object>> committee = List.of(
                row("姓名", "性别", "拟任职务"),
                row("张三", "男", "主任"),
                row("李四", "女", "副主任"),
                row("王五", "男", "委员"),
                row("赵六", "女", "MEMBER"));
        assertThat(PersonSheet.readCandidates(COMMITTEE_CANDIDATES, SheetFiles.xlsx("Sheet1", committee), TODAY))
                .containsExactly(
                        new Candidate("张三", "M", "CHAIR"),
                        new Candidate("李四", "F", "DEPUTY"),
                        new Candidate("王五", "M", "MEMBER"),
                        new Candidate("赵六", "F", "MEMBER"));

        // the branch list has no post: a post column is ignored like any other
        List<List<Object>> branch = List.of(row("性别", "姓名", "拟任职务"), row("男", "张三", "书记"), row("女", "李四", ""));
        assertThat(PersonSheet.readCandidates(BRANCH_CANDIDATES, SheetFiles.xlsx("Sheet1", branch), TODAY))
                .containsExactly(new Candidate("张三", "M", null), new Candidate("李四", "F", null));

        List<List<Object>> badPost = List.of(row("姓名", "性别", "拟任职务"), row("张三", "男", "书记"));
        assertThat(refused(COMMITTEE_CANDIDATES, SheetFiles.xlsx("Sheet1", badPost))
                        .errors())
                .extracting(SheetError::message)
                .containsExactly("拟任职务“书记”无法识别：应填主任、副主任、委员之一");
    }

    // ---- whole files ----

    @Test
    void filesThatAreNoSpreadsheetAreRefusedWithOneClearMessage() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(refused(BRANCH_CANDIDATES, png).getMessage()).isEqualTo("无法读取文件：请上传Excel工作簿（.xlsx）或CSV文件");

        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(refused(BRANCH_CANDIDATES, xls).getMessage()).startsWith("这是旧版Excel（.xls）文件或加密的文件");

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refused(BRANCH_CANDIDATES, zip.toByteArray()).getMessage())
                .isEqualTo("无法读取Excel文件：文件已损坏，或不是Excel工作簿（.xlsx）");

        assertThat(refused(BRANCH_CANDIDATES, new byte[0]).getMessage()).isEqualTo("文件是空的");
        assertThat(refused(BRANCH_CANDIDATES, "这是一封信。\r\n此致敬礼".getBytes(StandardCharsets.UTF_8))
                        .getMessage())
                .isEqualTo("找不到表头：第1行应为列名（姓名、性别）");
        assertThat(refused(BRANCH_CANDIDATES, "姓名,性别\r\n\r\n".getBytes(StandardCharsets.UTF_8))
                        .getMessage())
                .isEqualTo("表头下面没有人员：请从第2行起每行填写一人");
        assertThat(refused(BRANCH_CANDIDATES, "姓名,性别\r\n\"张三,男\r\n".getBytes(StandardCharsets.UTF_8))
                        .getMessage())
                .startsWith("CSV文件格式不正确");
        for (PersonSheetException e :
                List.of(refused(BRANCH_CANDIDATES, png), refused(BRANCH_CANDIDATES, new byte[0]))) {
            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.row()).isNull();
                assertThat(error.column()).isNull();
            });
        }
    }

    @Test
    void instructionsAndHiddenSheetsAreSkipped_dataMayBeOnALaterSheet() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetFiles.fill(workbook, workbook.createSheet("填写说明"), List.of(row("列名"), row("姓名"), row("性别")));
            SheetFiles.fill(workbook, workbook.createSheet("旧名单"), List.of(row("姓名", "性别"), row("旧人", "男")));
            workbook.setSheetHidden(1, true);
            SheetFiles.fill(workbook, workbook.createSheet("封面"), List.of(row("党支部委员候选人名单")));
            SheetFiles.fill(
                    workbook, workbook.createSheet("名单"), List.of(row("姓名", "性别"), row("张三", "男"), row("李四", "未知")));
            workbook.write(out);

            PersonSheetException e = refused(BRANCH_CANDIDATES, out.toByteArray());

            assertThat(e.errors())
                    .extracting(SheetError::sheet, SheetError::row, SheetError::column)
                    .containsExactly(tuple("名单", 3, "B"));
        }
    }

    // ---- templates ----

    @ParameterizedTest
    @EnumSource(PersonList.class)
    void templatesOpenWithDropDownsAndInstructions_andReadBackTheirExample(PersonList list) throws Exception {
        byte[] xlsx = PersonSheetTemplate.xlsx(list);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo(list.title());
            Row header = sheet.getRow(0);
            List<String> headings = new ArrayList<>();
            header.forEach(c -> headings.add(c.getStringCellValue()));
            assertThat(headings)
                    .containsExactlyElementsOf(
                            list.columns().stream().map(Column::label).toList());
            List<String> dropDownColumns = new ArrayList<>();
            for (DataValidation validation : sheet.getDataValidations()) {
                var range = validation.getRegions().getCellRangeAddress(0);
                assertThat(range.getFirstRow()).isEqualTo(1);
                assertThat(range.getLastRow()).isEqualTo(PersonSheet.MAX_ROWS);
                Column column = list.columns().get(range.getFirstColumn());
                dropDownColumns.add(column.label());
                assertThat(validation.getValidationConstraint().getExplicitListValues())
                        .containsExactlyElementsOf(PersonSheetTemplate.choices(list, column).stream()
                                .map(Choice::label)
                                .toList());
            }
            // showDropDown="false" is what shows the arrow in Excel (POI's suppress flag is inverted for XLSX)
            if (!dropDownColumns.isEmpty()) {
                assertThat(sheet.getCTWorksheet().getDataValidations().getDataValidationArray())
                        .allSatisfy(ct -> assertThat(ct.getShowDropDown()).isFalse());
            }
            List<String> expected = list.columns().stream()
                    .map(Column::label)
                    .filter(l -> List.of("性别", "学历", "人员类别", "拟任职务").contains(l))
                    .toList();
            assertThat(dropDownColumns).containsExactlyInAnyOrderElementsOf(expected);
            Sheet instructions = workbook.getSheet("填写说明");
            assertThat(instructions).isNotNull();
            StringBuilder text = new StringBuilder();
            instructions.forEach(
                    r -> r.forEach(c -> text.append(c.getStringCellValue()).append('\n')));
            assertThat(text).contains(PersonSheet.DATE_FORMS);
            list.columns().forEach(c -> assertThat(text).contains(c.label()));
        }

        List<?> fromXlsx = PersonSheet.read(list, xlsx, TODAY);
        List<?> fromCsv = PersonSheet.read(list, PersonSheetTemplate.csv(list), TODAY);
        assertThat(fromXlsx).hasSize(1).isEqualTo(fromCsv);
        if (list.township()) {
            assertThat(((Person) fromXlsx.get(0)).birthDate()).isEqualTo(LocalDate.of(1980, 5, 1));
        }
    }

    @Test
    void aFilledInTemplateReadsBack() throws Exception {
        List<Person> persons = SheetFiles.persons(COMMITTEE_NOMINEES, 13);
        byte[] filled;
        try (XSSFWorkbook workbook =
                        new XSSFWorkbook(new ByteArrayInputStream(PersonSheetTemplate.xlsx(COMMITTEE_NOMINEES)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.removeRow(sheet.getRow(1));
            List<List<Object>> rows = SheetFiles.rows(COMMITTEE_NOMINEES, persons, true);
            for (int r = 1; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate d) {
                        row.createCell(c)
                                .setCellValue(
                                        d); // the column's default style makes it a date cell in Excel; POI needs it
                        // set
                        row.getCell(c).setCellStyle(sheet.getColumnStyle(c));
                    } else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            filled = out.toByteArray();
        }

        assertThat(PersonSheet.readPersons(COMMITTEE_NOMINEES, filled, TODAY)).containsExactlyElementsOf(persons);
    }
}
