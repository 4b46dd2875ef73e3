package cn.county.reelection.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.county.reelection.campaign.CampaignRepository;
import cn.county.reelection.congress.RaceRecordRepository;
import cn.county.reelection.timeline.StepProgressRepository;
import cn.county.reelection.vetting.CandidateLists;
import cn.county.reelection.vetting.Person;
import cn.county.reelection.village.Variant;
import cn.county.reelection.village.VillageCampaign;
import cn.county.reelection.village.VillageCampaignRepository;
import cn.county.reelection.village.VillageOutcome;
import cn.county.reelection.village.VillageStep;
import cn.county.reelection.web.Http;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The board and the summaries as files: each opened with POI and its figures checked against the data the
 * campaign holds ({@link SummaryDataset}), worked out here independently; and who may download them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsOverHttpTest {

    private static final String ADMIN = "admin:admin";
    private static final String TOWNSHIP = "sum-ts1:secret-1";
    private static final int TOWNSHIPS = 12;

    @LocalServerPort
    int port;

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    CandidateLists candidates;

    @Autowired
    RaceRecordRepository races;

    @Autowired
    StepProgressRepository progress;

    @Autowired
    VillageCampaignRepository villageCampaigns;

    @Autowired
    IdentityService identity;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ObjectMapper mapper;

    private Http http;
    private long campaignId;
    private long villageCampaignId;

    @BeforeAll
    void data() throws Exception {
        http = new Http(port);
        campaignId = transactions.execute(
                s -> SummaryDataset.write(campaigns, candidates, races, progress, "汇总县", "sum", "SUM", TOWNSHIPS));
        User user = identity.newUser("sum-ts1");
        user.setPassword("secret-1");
        identity.saveUser(user);
        Group group = identity.newGroup("township-SUM1");
        identity.saveGroup(group);
        identity.createMembership("sum-ts1", "township-SUM1");
        villageCampaignId = transactions.execute(s -> {
            Map<VillageStep, LocalDate> due = new EnumMap<>(VillageStep.class);
            for (VillageStep step : VillageStep.values()) {
                due.put(step, LocalDate.of(2027, 4, 30));
            }
            VillageCampaign c = new VillageCampaign(
                    "SUM1", "第1乡", "sum", 2026, due, Instant.parse("2026-11-01T00:00:00Z"), "admin");
            c.addVillage("SUM1-V1", "一村", Variant.VILLAGE, 300)
                    .setOutcomeJson(json(new VillageOutcome(
                            "SUM1-V1",
                            "一村",
                            Variant.VILLAGE,
                            List.of(member("甲", "F"), member("乙", "M"), member("丙", "M")),
                            "甲",
                            List.of("甲", "乙", "丁"),
                            "甲",
                            "乙",
                            false,
                            0,
                            600,
                            540,
                            300,
                            20,
                            6)));
            c.addVillage("SUM1-C1", "一社区", Variant.COMMUNITY, 876)
                    .setOutcomeJson(json(new VillageOutcome(
                            "SUM1-C1",
                            "一社区",
                            Variant.COMMUNITY,
                            List.of(
                                    member("戊", "M"),
                                    member("己", "M"),
                                    member("庚", "F"),
                                    member("辛", "F"),
                                    member("壬", "M")),
                            "戊",
                            List.of("己"),
                            "己",
                            null,
                            true,
                            1,
                            50,
                            46,
                            876,
                            40,
                            8)));
            return villageCampaigns.saveAndFlush(c).getId();
        });
    }

    private static VillageOutcome.Member member(String name, String gender) {
        return new VillageOutcome.Member(name, gender);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] download(String path, String credentials, String type) throws Exception {
        HttpResponse<byte[]> response = http.download(path, credentials);
        assertThat(response.statusCode())
                .as(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''");
        return response.body();
    }

    /** Age on the committee's election day, as the county counts it. */
    private static int age(Person p) {
        return Period.between(p.birthDate(), SummaryDataset.CONGRESS).getYears();
    }

    private static List<Person> elected(int t) {
        List<Person> list = new ArrayList<>();
        for (int i = 0; i < SummaryDataset.ELECTED; i++) {
            list.add(SummaryDataset.nominee(t, i));
        }
        return list;
    }

    private static List<Person> delegates(int t) {
        List<Person> list = new ArrayList<>();
        for (int o = 1; o <= SummaryDataset.ORGANISATIONS; o++) {
            for (int i = 0; i < SummaryDataset.DELEGATE_SEATS; i++) {
                list.add(SummaryDataset.delegate(t, o, i));
            }
        }
        return list;
    }

    private static double number(Row row, String column) {
        return row.getCell(SummaryWorkbook.COLUMNS.indexOf(column)).getNumericCellValue();
    }

    /** The delegates' columns come after the committee's of the same name. */
    private static double delegateNumber(Row row, String column) {
        return row.getCell(SummaryWorkbook.COLUMNS.lastIndexOf(column)).getNumericCellValue();
    }

    private static String text(Row row, String column) {
        Cell cell = row.getCell(SummaryWorkbook.COLUMNS.indexOf(column));
        return cell == null ? "" : cell.getStringCellValue();
    }

    @Test
    void summaryXlsx_givesEachTownshipsAndTheTotalFigures_asTheDataHasThem() throws Exception {
        byte[] file =
                download("/api/campaigns/" + campaignId + "/summary.xlsx", ADMIN, "application/vnd.openxmlformats");
        Files.createDirectories(Path.of("target/documents"));
        Files.write(Path.of("target/documents/summary.xlsx"), file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = workbook.getSheet(SummaryWorkbook.SUMMARY_SHEET);
            Row header = sheet.getRow(3);
            for (int c = 0; c < SummaryWorkbook.COLUMNS.size(); c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(SummaryWorkbook.COLUMNS.get(c));
            }
            // turnout of every race, the discipline committee's two plenary races included (R8)
            assertThat(SummaryWorkbook.COLUMNS).contains("纪委书记", "纪委副书记");
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 4);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            double ageSum = 0;
            int members = 0,
                    under45 = 0,
                    women = 0,
                    delegatesFrontLine = 0,
                    committeePresent = 0,
                    committeeEntitled = 0;
            for (int t = 1; t <= TOWNSHIPS; t++) {
                Row row = sheet.getRow(3 + t);
                assertThat(text(row, "代码")).isEqualTo("SUM" + t);
                assertThat(text(row, "乡镇")).isEqualTo("第" + t + "乡");
                List<Person> committee = elected(t);
                assertThat(number(row, "人数")).isEqualTo(committee.size());
                assertThat(number(row, "平均年龄"))
                        .isCloseTo(
                                committee.stream()
                                        .mapToInt(ExportsOverHttpTest::age)
                                        .average()
                                        .orElseThrow(),
                                within(1e-9));
                assertThat(number(row, "45岁以下"))
                        .isEqualTo(committee.stream().filter(p -> age(p) < 45).count());
                assertThat(number(row, "35岁以下"))
                        .isEqualTo(committee.stream().filter(p -> age(p) < 35).count());
                assertThat(number(row, "女性"))
                        .isEqualTo(committee.stream()
                                .filter(p -> p.gender() == Person.Gender.F)
                                .count());
                assertThat(number(row, "少数民族"))
                        .isEqualTo(committee.stream()
                                .filter(p -> !p.ethnicity().equals("汉族"))
                                .count());
                assertThat(number(row, "大专及以上"))
                        .isEqualTo(committee.stream()
                                .filter(p -> p.education() != Person.Education.HIGH_SCHOOL)
                                .count());
                assertThat(number(row, "研究生"))
                        .isEqualTo(committee.stream()
                                .filter(p -> p.education() == Person.Education.POSTGRADUATE)
                                .count());
                List<Person> delegates = delegates(t);
                LocalDate day = SummaryDataset.CONGRESS;
                assertThat(delegateNumber(row, "人数")).isEqualTo(delegates.size());
                assertThat(number(row, "一线党员"))
                        .isEqualTo(delegates.stream()
                                .filter(p -> p.category() == Person.Category.FRONTLINE)
                                .count());
                assertThat(delegateNumber(row, "45岁以下"))
                        .isEqualTo(delegates.stream()
                                .filter(p -> Period.between(p.birthDate(), day).getYears() < 45)
                                .count());
                assertThat(number(row, "专业技术人员"))
                        .isEqualTo(delegates.stream()
                                .filter(p -> p.category() == Person.Category.PROFESSIONAL)
                                .count());
                assertThat(delegateNumber(row, "女性"))
                        .isEqualTo(delegates.stream()
                                .filter(p -> p.gender() == Person.Gender.F)
                                .count());
                assertThat(delegateNumber(row, "少数民族"))
                        .isEqualTo(delegates.stream()
                                .filter(p -> !p.ethnicity().equals("汉族"))
                                .count());
                // the committee's first valid ballot: 70 of 75 where it was re-voted, otherwise 70 + t % 5
                int present = SummaryDataset.revotes(t) ? 70 : 70 + t % 5;
                assertThat(number(row, "党委委员")).isCloseTo(present / 75.0, within(1e-9));
                assertThat(number(row, "党代会代表")).isCloseTo((40 + 40 + 40) / (41.0 + 42 + 43), within(1e-9));
                assertThat(number(row, "另行投票的选举")).isEqualTo(SummaryDataset.revotes(t) ? 1 : 0);
                assertThat(text(row, "逾期未完成")).isEqualTo(SummaryDataset.overdueT8(t) ? "T8" : "");
                assertThat(text(row, "逾期完成")).isEqualTo(SummaryDataset.lateT3(t) ? "T3" : "");
                ageSum += committee.stream().mapToInt(ExportsOverHttpTest::age).sum();
                members += committee.size();
                under45 += (int) committee.stream().filter(p -> age(p) < 45).count();
                women += (int) committee.stream()
                        .filter(p -> p.gender() == Person.Gender.F)
                        .count();
                delegatesFrontLine += (int) delegates.stream()
                        .filter(p -> p.category() == Person.Category.FRONTLINE)
                        .count();
                committeePresent += present;
                committeeEntitled += 75;
            }
            Row total = sheet.getRow(4 + TOWNSHIPS);
            assertThat(text(total, "乡镇")).isEqualTo("合计");
            assertThat(number(total, "人数")).isEqualTo(members);
            assertThat(number(total, "平均年龄")).isCloseTo(ageSum / members, within(1e-9));
            assertThat(number(total, "45岁以下")).isEqualTo(under45);
            assertThat(number(total, "45岁以下占比")).isCloseTo((double) under45 / members, within(1e-9));
            assertThat(number(total, "女性")).isEqualTo(women);
            assertThat(number(total, "一线党员")).isEqualTo(delegatesFrontLine);
            assertThat(number(total, "党委委员")).isCloseTo((double) committeePresent / committeeEntitled, within(1e-9));
            assertThat(number(total, "另行投票的选举")).isEqualTo(TOWNSHIPS / 3);

            Sheet ballots = workbook.getSheet(SummaryWorkbook.BALLOTS_SHEET);
            assertThat(ballots.getLastRowNum()).isEqualTo(2 + TOWNSHIPS / 3);
            assertThat(ballots.getRow(3).getCell(1).getStringCellValue()).isEqualTo("第3乡");
            assertThat(ballots.getRow(3).getCell(2).getStringCellValue()).isEqualTo("党委委员");
            assertThat(ballots.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(2);
            Sheet steps = workbook.getSheet(SummaryWorkbook.STEPS_SHEET);
            List<String> flagged = new ArrayList<>();
            for (int r = 3; r <= steps.getLastRowNum(); r++) {
                flagged.add(steps.getRow(r).getCell(0).getStringCellValue() + " "
                        + steps.getRow(r).getCell(2).getStringCellValue() + " "
                        + steps.getRow(r).getCell(5).getStringCellValue());
            }
            assertThat(flagged)
                    .containsExactly(
                            "SUM4 T3 逾期完成", "SUM5 T8 逾期未完成", "SUM8 T3 逾期完成", "SUM10 T8 逾期未完成", "SUM12 T3 逾期完成");
        }
    }

    @Test
    void summaryDocx_isTheCountysReport_inTheOfficialLayout_withTheFigures() throws Exception {
        byte[] file =
                download("/api/campaigns/" + campaignId + "/summary.docx", ADMIN, "application/vnd.openxmlformats");
        Files.createDirectories(Path.of("target/documents"));
        Files.write(Path.of("target/documents/summary.docx"), file);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
            List<String> paragraphs = doc.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .filter(t -> !t.isBlank())
                    .toList();
            assertThat(paragraphs.get(0)).isEqualTo("中共汇总县委员会组织部");
            assertThat(paragraphs)
                    .contains(
                            "关于汇总县2026年乡镇党委换届选举工作情况的报告",
                            "市委组织部：",
                            "一、新一届乡镇党委班子结构",
                            "二、党代会代表结构",
                            "三、选举情况",
                            "四、工作进度",
                            "特此报告。");
            int members = 0;
            double ageSum = 0;
            int under45 = 0;
            for (int t = 1; t <= TOWNSHIPS; t++) {
                members += elected(t).size();
                ageSum += elected(t).stream().mapToInt(ExportsOverHttpTest::age).sum();
                under45 += (int) elected(t).stream().filter(p -> age(p) < 45).count();
            }
            String committee = "新一届党委委员%d名，平均年龄%.1f岁；45岁以下%d名，占%.1f%%"
                    .formatted(members, ageSum / members, under45, under45 * 100.0 / members);
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith(committee));
            assertThat(paragraphs)
                    .anySatisfy(p -> assertThat(p).startsWith("%d项选举因票数相等或名额未选足等原因进行了另行投票".formatted(TOWNSHIPS / 3)));
            assertThat(paragraphs)
                    .anySatisfy(p -> assertThat(p).contains("逾期未完成的步骤2项：第5乡T8“召开两委一次全会”；第10乡T8“召开两委一次全会”"));
            XWPFTable byTownship = doc.getTables().get(0);
            assertThat(byTownship.getNumberOfRows()).isEqualTo(TOWNSHIPS + 2);
            List<String> row7 = byTownship.getRow(7).getTableCells().stream()
                    .map(c -> c.getText())
                    .toList();
            List<Person> seventh = elected(7);
            assertThat(row7)
                    .containsExactly(
                            "第7乡",
                            "11",
                            "%.1f"
                                    .formatted(seventh.stream()
                                            .mapToInt(ExportsOverHttpTest::age)
                                            .average()
                                            .orElseThrow()),
                            String.valueOf(
                                    seventh.stream().filter(p -> age(p) < 45).count()),
                            String.valueOf(
                                    seventh.stream().filter(p -> age(p) < 35).count()),
                            String.valueOf(seventh.stream()
                                    .filter(p -> p.gender() == Person.Gender.F)
                                    .count()),
                            String.valueOf(seventh.stream()
                                    .filter(p -> !p.ethnicity().equals("汉族"))
                                    .count()),
                            String.valueOf(seventh.stream()
                                    .filter(p -> p.education() != Person.Education.HIGH_SCHOOL)
                                    .count()));
            assertThat(byTownship.getRow(TOWNSHIPS + 1).getCell(0).getText()).isEqualTo("合计");
            assertThat(byTownship.getRow(TOWNSHIPS + 1).getCell(1).getText()).isEqualTo(String.valueOf(members));
            XWPFTable delegates = doc.getTables().get(1);
            assertThat(delegates.getRow(TOWNSHIPS + 1).getCell(1).getText()).isEqualTo(String.valueOf(9 * TOWNSHIPS));
            XWPFTable revotes = doc.getTables().get(2);
            assertThat(revotes.getNumberOfRows()).isEqualTo(1 + TOWNSHIPS / 3);
        }
    }

    @Test
    void boardXlsx_isTheBoardAsPrinted_andATownshipGetsItsOwnRow() throws Exception {
        byte[] file = download("/api/campaigns/" + campaignId + "/board.xlsx", ADMIN, "application/vnd.openxmlformats");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(2);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("代码");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("T3 选举产生党代会代表");
            assertThat(header.getCell(11).getStringCellValue()).isEqualTo("逾期数");
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:3");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getColumnWidth(4)).isEqualTo(13 * 256);
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + TOWNSHIPS);
            Row fourth = sheet.getRow(6);
            assertThat(fourth.getCell(0).getStringCellValue()).isEqualTo("SUM4");
            assertThat(fourth.getCell(4).getStringCellValue()).isEqualTo("逾期完成\n期限11月20日\n完成11月22日");
            assertThat(fourth.getCell(3).getStringCellValue()).isEqualTo("已完成\n期限11月10日\n完成11月9日");
            assertThat(fourth.getCell(11).getNumericCellValue()).isEqualTo(1);
            Row fifth = sheet.getRow(7);
            assertThat(fifth.getCell(9).getStringCellValue()).isEqualTo("已逾期\n期限11月30日");
        }
        byte[] own =
                download("/api/campaigns/" + campaignId + "/board.xlsx", TOWNSHIP, "application/vnd.openxmlformats");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(own))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("SUM1");
        }
    }

    @Test
    void villageSummaryXlsx_givesEachPlaceAndTheTownshipTotal() throws Exception {
        byte[] file = download(
                "/api/village-campaigns/" + villageCampaignId + "/summary.xlsx",
                ADMIN,
                "application/vnd.openxmlformats");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            Map<String, Integer> col = new HashMap<>();
            sheet.getRow(2).forEach(c -> col.put(c.getStringCellValue(), c.getColumnIndex()));
            Row village = sheet.getRow(3);
            assertThat(village.getCell(col.get("村（社区）")).getStringCellValue()).isEqualTo("一村");
            assertThat(village.getCell(col.get("委员会成员")).getNumericCellValue()).isEqualTo(3);
            assertThat(village.getCell(col.get("女性")).getNumericCellValue()).isEqualTo(1);
            assertThat(village.getCell(col.get("一肩挑")).getStringCellValue()).isEqualTo("是");
            assertThat(village.getCell(col.get("兼任支部委员")).getNumericCellValue()).isEqualTo(2);
            assertThat(village.getCell(col.get("参选率")).getNumericCellValue()).isCloseTo(540 / 600.0, within(1e-9));
            assertThat(village.getCell(col.get("应推选代表")).getNumericCellValue()).isEqualTo(20);
            Row community = sheet.getRow(4);
            assertThat(community.getCell(col.get("一肩挑")).getStringCellValue()).isEqualTo("否");
            assertThat(community.getCell(col.get("另行选举")).getStringCellValue()).isEqualTo("是");
            assertThat(community.getCell(col.get("未选足名额")).getNumericCellValue())
                    .isEqualTo(1);
            Row total = sheet.getRow(5);
            assertThat(total.getCell(col.get("村（社区）")).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(col.get("委员会成员")).getNumericCellValue()).isEqualTo(8);
            assertThat(total.getCell(col.get("女性")).getNumericCellValue()).isEqualTo(3);
            assertThat(total.getCell(col.get("一肩挑")).getNumericCellValue()).isEqualTo(1);
            assertThat(total.getCell(col.get("兼任支部委员")).getNumericCellValue()).isEqualTo(3);
            assertThat(total.getCell(col.get("交叉率")).getNumericCellValue()).isCloseTo(3 / 8.0, within(1e-9));
            assertThat(total.getCell(col.get("参选率")).getNumericCellValue()).isCloseTo((540 + 46) / 650.0, within(1e-9));
            assertThat(total.getCell(col.get("村民代表")).getNumericCellValue()).isEqualTo(60);
        }
    }

    @Test
    void summaries_areForTheCountyOnly_andNeverKeptOnTheWay() throws Exception {
        for (String path : List.of(
                "/api/campaigns/" + campaignId + "/summary.xlsx",
                "/api/campaigns/" + campaignId + "/summary.docx",
                "/api/village-campaigns/" + villageCampaignId + "/summary.xlsx")) {
            HttpResponse<byte[]> county = http.download(path, ADMIN);
            assertThat(county.statusCode()).as(path).isEqualTo(200);
            // names and votes: neither the browser nor a proxy keeps a copy
            assertThat(county.headers().firstValue("Cache-Control").orElse(""))
                    .as(path)
                    .contains("no-store");
            HttpResponse<byte[]> township = http.download(path, TOWNSHIP);
            assertThat(township.statusCode()).as(path).isEqualTo(403);
            assertThat(new String(township.body(), StandardCharsets.UTF_8)).contains("汇总只供县委组织部和管理员查看");
            assertThat(http.download(path, null).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(http.download("/api/campaigns/999999/summary.xlsx", ADMIN).statusCode())
                .isEqualTo(404);
    }
}
