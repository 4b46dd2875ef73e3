package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.county.reelection.campaign.CampaignRepository;
import cn.county.reelection.village.VillageCampaignRepository;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Campaigns and village campaigns from Excel: the templates filled in and imported, every class of bad input
 * reported on its sheet, row and column with nothing saved, and the dry run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportOverHttpTest {

    private static final String ADMIN = "admin:admin";

    @LocalServerPort
    int port;

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    VillageCampaignRepository villageCampaigns;

    @Autowired
    TransactionTemplate transactions;

    private Http http;

    @BeforeAll
    void http() {
        http = new Http(port);
    }

    private byte[] template(String path) throws Exception {
        HttpResponse<byte[]> response = http.download(path, ADMIN);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats");
        return response.body();
    }

    /** The template with its example rows replaced and settings changed. */
    private static byte[] filled(
            byte[] template,
            String dataSheet,
            Map<String, Object> settings,
            List<List<Object>> rows,
            Consumer<XSSFWorkbook> more)
            throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet set = workbook.getSheet("换届设置");
            for (Row row : set) {
                String item = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
                settings.forEach((key, value) -> {
                    if (item.startsWith(key)) {
                        put(row, 1, value);
                    }
                });
            }
            Sheet data = workbook.getSheet(dataSheet);
            for (int r = data.getLastRowNum(); r >= 1; r--) {
                if (data.getRow(r) != null) {
                    data.removeRow(data.getRow(r));
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = data.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    put(row, c, rows.get(r).get(c));
                }
            }
            more.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void put(Row row, int c, Object value) {
        if (value == null) {
            if (row.getCell(c) != null) {
                row.removeCell(row.getCell(c));
            }
        } else if (value instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            row.createCell(c).setCellValue(d);
        } else {
            row.createCell(c).setCellValue(value.toString());
        }
    }

    private static List<List<Object>> organisations(String prefix, int townships) {
        List<List<Object>> rows = new ArrayList<>();
        for (int t = 1; t <= townships; t++) {
            for (int o = 1; o <= 2; o++) {
                rows.add(List.of(prefix + t, "第" + t + "乡", prefix + t + "-B" + o, "第" + o + "支部", 20 + t * 10 + o));
            }
        }
        return rows;
    }

    private JsonNode refused(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = Http.MAPPER.readTree(response.body());
        assertThat(body.get("field").asText()).isEqualTo("file");
        return body;
    }

    private static List<List<Object>> errors(JsonNode body) {
        List<List<Object>> list = new ArrayList<>();
        body.get("errors")
                .forEach(e -> list.add(Arrays.asList(
                        text(e, "sheet"),
                        e.hasNonNull("row") ? e.get("row").asInt() : null,
                        text(e, "column"),
                        text(e, "rule"),
                        text(e, "message"))));
        return list;
    }

    private static String text(JsonNode e, String field) {
        return e.hasNonNull(field) ? e.get(field).asText() : null;
    }

    @Test
    void campaignTemplate_filledIn_startsTheCampaign_withTheAnswerOfPostCampaigns() throws Exception {
        byte[] file = filled(
                template("/api/campaigns/import"),
                "乡镇和党组织",
                Map.of("县名称", "导入县", "县代码", "imp", "年度", 2032, "T2", LocalDate.of(2032, 11, 9)),
                organisations("IMA", 3),
                wb -> {});
        HttpResponse<String> response = http.upload("/api/campaigns/import", "换届.xlsx", file, ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode answer = Http.MAPPER.readTree(response.body());
        assertThat(answer.get("county").asText()).isEqualTo("导入县");
        assertThat(answer.get("countyCode").asText()).isEqualTo("imp");
        assertThat(answer.get("deadlines").get("T2").asText()).isEqualTo("2032-11-09");
        assertThat(answer.get("townships"))
                .extracting(t -> t.get("businessKey").asText())
                .containsExactly("2032-IMA1", "2032-IMA2", "2032-IMA3");
        assertThat(answer.get("accounts").findValuesAsText("userId")).contains("county-imp", "ima1", "ima2-b2");
        // the organisations and their member counts as the sheet gave them
        JsonNode stored = http.ok("GET", "/api/campaigns/" + answer.get("id").asLong(), null, ADMIN);
        assertThat(stored.get("townships")).hasSize(3);
        List<Object> members = transactions.execute(s ->
                campaigns
                        .findById(answer.get("id").asLong())
                        .orElseThrow()
                        .getTownships()
                        .get(1)
                        .getOrganisations()
                        .stream()
                        .map(o -> (Object) (o.getCode() + "=" + o.getMembers()))
                        .toList());
        assertThat(members).containsExactly("IMA2-B1=41", "IMA2-B2=42");
    }

    @Test
    void campaignImport_dryRun_rehearsesAndKeepsNothing() throws Exception {
        long before = campaigns.count();
        byte[] file = filled(
                template("/api/campaigns/import"), "乡镇和党组织", Map.of("县名称", "演练县"), organisations("IMD", 1), wb -> {});
        HttpResponse<String> response = http.upload("/api/campaigns/import?dryRun=true", "换届.xlsx", file, ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = Http.MAPPER.readTree(response.body());
        assertThat(report.get("county").asText()).isEqualTo("演练县");
        assertThat(report.get("snapshots").size()).isGreaterThan(3);
        assertThat(campaigns.count()).isEqualTo(before);
    }

    @Test
    void campaignImport_reportsEveryBadCell_withSheetRowColumnAndRule_andSavesNothing() throws Exception {
        long before = campaigns.count();
        List<List<Object>> rows = new ArrayList<>(organisations("IME", 2));
        rows.add(List.of("IME3", "丙乡", "IME3-B1", "一支部", "四十")); // row 6: members not a number
        rows.add(List.of("IME3", "丙乡", "IME3-B2", "二支部", 0)); // row 7: members below 1
        rows.add(List.of("IME4", "丁乡", "IME1-B1", "一支部", 30)); // row 8: organisation code taken by row 2
        rows.add(List.of("IME 5", "戊乡", "IME5-B1", "一支部", 30)); // row 9: township code with a space
        rows.add(List.of("IME1", "别的名字", "IME1-B3", "三支部", 30)); // row 10: same township, other name
        rows.add(Arrays.asList("IME6", "己乡", "IME6-B1", null, 30)); // row 11: no organisation name
        byte[] file = filled(
                template("/api/campaigns/import"),
                "乡镇和党组织",
                Map.of(
                        "年度",
                        "明年",
                        "T2",
                        LocalDate.of(2032, 11, 9),
                        "T3",
                        "2032-02-30",
                        "T4",
                        LocalDate.of(2032, 11, 1)),
                rows,
                wb -> {});
        JsonNode body = refused(http.upload("/api/campaigns/import", "换届.xlsx", file, ADMIN));
        assertThat(body.get("message").asText()).isEqualTo("文件有9处错误，未导入任何乡镇和党组织");
        assertThat(errors(body))
                .extracting(e -> tuple(e.get(0), e.get(1), e.get(2), e.get(3)))
                .containsExactlyInAnyOrder(
                        tuple("换届设置", 4, "B", null),
                        tuple("换届设置", 7, "B", "T3"),
                        tuple("乡镇和党组织", 6, "E", "R2"),
                        tuple("乡镇和党组织", 7, "E", "R2"),
                        tuple("乡镇和党组织", 8, "C", "R2"),
                        tuple("乡镇和党组织", 9, "A", null),
                        tuple("乡镇和党组织", 10, "B", null),
                        tuple("乡镇和党组织", 11, "D", null),
                        // T4 before T2: the validator's order rule, on T4's cell
                        tuple("换届设置", 8, "B", "T4"));
        assertThat(errors(body))
                .extracting(e -> (String) e.get(4))
                .contains(
                        "年度：“明年”不是2000到2100之间的年份",
                        "[R2] 党员人数：“四十”不是1到1000000之间的整数，代表名额按党员人数分配",
                        "[R2] 党组织代码：党组织代码重复：IME1-B1",
                        "乡镇代码：代码必须填写，只能由字母、数字、-和_组成，最多32位",
                        "乡镇名称：乡镇代码IME1在第2行名为“第1乡”，此行为“别的名字”：同一乡镇的名称应一致");
        assertThat(campaigns.count()).isEqualTo(before);
    }

    @Test
    void campaignImport_refusesFilesThatAreNoCampaignWorkbook() throws Exception {
        JsonNode csv = refused(http.upload(
                "/api/campaigns/import", "a.csv", "乡镇代码,乡镇名称\nA,B\n".getBytes(StandardCharsets.UTF_8), ADMIN));
        assertThat(csv.get("message").asText()).isEqualTo("请上传Excel工作簿（.xlsx），可从同一地址下载模板");
        JsonNode broken = refused(
                http.upload("/api/campaigns/import", "a.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}, ADMIN));
        assertThat(broken.get("message").asText()).startsWith("无法读取Excel文件");
        byte[] noSettings = filled(
                template("/api/campaigns/import"),
                "乡镇和党组织",
                Map.of(),
                organisations("IMF", 1),
                wb -> wb.setSheetName(0, "设置"));
        assertThat(refused(http.upload("/api/campaigns/import", "a.xlsx", noSettings, ADMIN))
                        .get("message")
                        .asText())
                .startsWith("缺少“换届设置”工作表");
        byte[] noMembers = filled(
                template("/api/campaigns/import"),
                "乡镇和党组织",
                Map.of(),
                organisations("IMF", 1),
                wb -> wb.getSheet("乡镇和党组织").getRow(0).getCell(4).setCellValue("备注"));
        JsonNode missing = refused(http.upload("/api/campaigns/import", "a.xlsx", noMembers, ADMIN));
        assertThat(errors(missing))
                .extracting(e -> tuple(e.get(0), e.get(1), e.get(2), e.get(4)))
                .containsExactly(tuple("乡镇和党组织", 1, null, "缺少“党员人数”列"));
    }

    @Test
    void campaignImport_isTheCountysAct() throws Exception {
        byte[] file = filled(
                template("/api/campaigns/import"),
                "乡镇和党组织",
                Map.of("县代码", "imx", "年度", 2034),
                organisations("IMX", 1),
                wb -> {});
        // a township secretary of another campaign: authenticated, not this county
        HttpResponse<String> started = http.upload(
                "/api/campaigns/import",
                "换届.xlsx",
                filled(
                        template("/api/campaigns/import"),
                        "乡镇和党组织",
                        Map.of("县代码", "imy", "年度", 2034),
                        organisations("IMY", 1),
                        wb -> {}),
                ADMIN);
        JsonNode account = Http.MAPPER.readTree(started.body()).get("accounts").findParents("userId").stream()
                .filter(a -> a.get("userId").asText().equals("imy1"))
                .findFirst()
                .orElseThrow();
        String township = "imy1:" + account.get("password").asText();
        long before = campaigns.count();
        assertThat(http.upload("/api/campaigns/import", "换届.xlsx", file, township)
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.upload("/api/campaigns/import", "换届.xlsx", file, null).statusCode())
                .isEqualTo(401);
        assertThat(campaigns.count()).isEqualTo(before);
    }

    @Test
    void villageTemplate_filledIn_startsTheVillages_andBadRowsAreReported() throws Exception {
        byte[] template = template("/api/village-campaigns/import");
        long before = villageCampaigns.count();
        byte[] bad = filled(
                template,
                "村和社区",
                Map.of("乡镇代码", "IMV", "乡镇名称", "导入乡", "年度", 2032),
                List.of(
                        List.of("IMV-V01", "一村", "村", 300),
                        List.of("IMV-V02", "二村", "镇", 200),
                        List.of("IMV-V03", "三村", "村", -5),
                        List.of("IMV-V01", "四村", "社区", 500),
                        Arrays.asList("IMV-V05", null, "社区", 500)),
                wb -> {});
        JsonNode body = refused(http.upload("/api/village-campaigns/import", "村.xlsx", bad, ADMIN));
        assertThat(errors(body))
                .extracting(e -> tuple(e.get(0), e.get(1), e.get(2), e.get(3)))
                .containsExactlyInAnyOrder(
                        tuple("村和社区", 3, "C", "V3"),
                        tuple("村和社区", 4, "D", "V7"),
                        tuple("村和社区", 5, "A", null),
                        tuple("村和社区", 6, "B", null));
        assertThat(villageCampaigns.count()).isEqualTo(before);

        byte[] good = filled(
                template,
                "村和社区",
                Map.of("乡镇代码", "IMV", "乡镇名称", "导入乡", "年度", 2032),
                List.of(List.of("IMV-V01", "一村", "村", 300), List.of("IMV-C01", "一社区", "社区", 876)),
                wb -> {});
        HttpResponse<String> response = http.upload("/api/village-campaigns/import", "村.xlsx", good, ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode answer = Http.MAPPER.readTree(response.body());
        assertThat(answer.toString()).contains("2032-IMV-V01", "2032-IMV-C01");
        assertThat(villageCampaigns.count()).isEqualTo(before + 1);
    }
}
