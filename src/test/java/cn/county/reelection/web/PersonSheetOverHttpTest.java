package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.personsheet.PersonList;
import cn.county.reelection.personsheet.SheetFiles;
import cn.county.reelection.vetting.Person;
import cn.county.reelection.village.Candidate;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The person-list import as the Tasklist forms use it: templates, parsing a filled template back, errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonSheetOverHttpTest {

    /** A user in no group at all: the import stores nothing, so any logged-in user may use it. */
    private static final String PLAIN_USER = "sheet-plain";

    private static final String PLAIN = PLAIN_USER + ":secret-1";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    IdentityService identityService;

    private HttpClient client;

    @BeforeAll
    void plainUser() {
        User user = identityService.newUser(PLAIN_USER);
        user.setPassword("secret-1");
        identityService.saveUser(user);
    }

    @AfterAll
    void removePlainUser() {
        identityService.deleteUser(PLAIN_USER);
    }

    @BeforeEach
    void client() {
        client = HttpClient.newHttpClient();
    }

    private HttpResponse<byte[]> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> upload(String query, String fileName, byte[] content, String credentials)
            throws Exception {
        String boundary = "----persons" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (content != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        } else {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/forms/persons/parse" + query))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return mapper.readTree(response.body());
    }

    /** The name a browser saves the file under: the UTF-8 {@code filename*}, and the ASCII fallback. */
    private static List<String> fileNames(HttpResponse<?> response) {
        String disposition =
                response.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment;");
        Matcher ascii = Pattern.compile("filename=\"([ -~]+)\"").matcher(disposition);
        Matcher utf8 = Pattern.compile("filename\\*=UTF-8''([^;\\s]+)").matcher(disposition);
        assertThat(ascii.find()).as(disposition).isTrue();
        assertThat(utf8.find()).as(disposition).isTrue();
        return List.of(URLDecoder.decode(utf8.group(1), StandardCharsets.UTF_8), ascii.group(1));
    }

    @Test
    void xlsxTemplate_opensWithPoi_andFilledInParsesBackToTheSameRows() throws Exception {
        HttpResponse<byte[]> template = get("/api/forms/persons/template.xlsx?list=delegateCandidates", PLAIN);
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(fileNames(template)).containsExactly("代表候选人名单模板.xlsx", "delegateCandidates-template.xlsx");

        List<Person> persons = SheetFiles.persons(PersonList.DELEGATE_CANDIDATES, 20);
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("填写说明");
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("姓名", "性别", "出生日期", "民族", "学历", "人员类别");
            assertThat(sheet.getDataValidations()).hasSize(3);
            List<List<Object>> rows = SheetFiles.rows(PersonList.DELEGATE_CANDIDATES, persons, false);
            for (int r = 1; r < rows.size(); r++) { // row 2 (the example) is overwritten
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c).toString());
                }
            }
            workbook.write(out);
            filled = out.toByteArray();
        }

        JsonNode parsed = json(upload("?list=delegateCandidates", "名单.xlsx", filled, PLAIN), 200);

        assertThat(parsed.get("list").asText()).isEqualTo("delegateCandidates");
        assertThat(parsed.get("rows")).hasSize(20);
        JsonNode first = parsed.get("rows").get(0);
        assertThat(first.fieldNames())
                .toIterable()
                .containsExactly("name", "gender", "birthDate", "ethnicity", "education", "category");
        assertThat(first.get("birthDate").asText())
                .isEqualTo(persons.get(0).birthDate().toString());
        // the rows are the process's own format: they read back as the persons the sheet was made from
        assertThat(mapper.readValue(parsed.get("rows").toString(), new TypeReference<List<Person>>() {}))
                .isEqualTo(persons);
    }

    @Test
    void csvTemplate_filledInWithPostsInGbk_parsesBack() throws Exception {
        HttpResponse<byte[]> template = get("/api/forms/persons/template.csv?list=committeeNominees", PLAIN);
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(fileNames(template)).containsExactly("党委委员候选人名单模板.csv", "committeeNominees-template.csv");
        String text = new String(template.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF姓名,性别,出生日期,民族,学历,人员类别,拟任职务\r\n");
        assertThat(text.lines()).hasSize(2);

        List<Person> persons = SheetFiles.persons(PersonList.COMMITTEE_NOMINEES, 13);
        StringBuilder filled =
                new StringBuilder(text.substring(1, text.indexOf("\r\n") + 2)); // header, example dropped
        try (CSVPrinter printer = new CSVPrinter(filled, CSVFormat.DEFAULT)) {
            for (List<Object> row : SheetFiles.rows(PersonList.COMMITTEE_NOMINEES, persons, false)
                    .subList(1, 14)) {
                printer.printRecord(row);
            }
        }

        JsonNode parsed = json(
                upload("?list=committeeNominees", "名单.csv", filled.toString().getBytes("GBK"), PLAIN), 200);

        assertThat(parsed.get("rows").get(0).get("post").asText())
                .isEqualTo(persons.get(0).post().name());
        assertThat(mapper.readValue(parsed.get("rows").toString(), new TypeReference<List<Person>>() {}))
                .isEqualTo(persons);
    }

    @Test
    void villageListsAnswerCandidates() throws Exception {
        byte[] committee = SheetFiles.csv(
                StandardCharsets.UTF_8,
                true,
                List.<List<Object>>of(List.of("姓名", "性别", "拟任职务"), List.of("张三", "男", "主任"), List.of("李四", "女", "委员")));
        JsonNode parsed = json(upload("?list=committeeCandidates", "c.csv", committee, PLAIN), 200);
        assertThat(mapper.readValue(parsed.get("rows").toString(), new TypeReference<List<Candidate>>() {}))
                .containsExactly(new Candidate("张三", "M", "CHAIR"), new Candidate("李四", "F", "MEMBER"));

        byte[] branch = SheetFiles.xlsx("Sheet1", List.<List<Object>>of(List.of("姓名", "性别"), List.of("王五", "男")));
        JsonNode rows = json(upload("?list=branchCandidates", "b.xlsx", branch, PLAIN), 200)
                .get("rows");
        assertThat(rows.toString()).isEqualTo("[{\"name\":\"王五\",\"gender\":\"M\"}]");
    }

    @Test
    void badFile_is400WithEveryError() throws Exception {
        List<List<Object>> rows = new ArrayList<>(SheetFiles.rows(
                PersonList.DISCIPLINE_NOMINEES, SheetFiles.persons(PersonList.DISCIPLINE_NOMINEES, 6), true));
        rows.get(3).set(2, "1980-13-01");
        rows.get(5).set(0, rows.get(1).get(0));

        JsonNode error =
                json(upload("?list=disciplineNominees", "纪委.xlsx", SheetFiles.xlsx("Sheet1", rows), PLAIN), 400);

        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("rule").asText()).isEqualTo("R5");
        assertThat(error.get("field").asText()).isEqualTo("file");
        assertThat(error.get("message").asText()).isEqualTo("文件有2处错误，未导入任何人员");
        assertThat(error.has("rows")).isFalse();
        assertThat(error.get("errors")).hasSize(2);
        JsonNode date = error.get("errors").get(0);
        assertThat(date.get("sheet").asText()).isEqualTo("Sheet1");
        assertThat(date.get("row").asInt()).isEqualTo(4);
        assertThat(date.get("column").asText()).isEqualTo("C");
        assertThat(date.get("columnLabel").asText()).isEqualTo("出生日期");
        assertThat(date.get("message").asText()).isEqualTo("出生日期“1980-13-01”不是有效的日期");
        JsonNode duplicate = error.get("errors").get(1);
        assertThat(duplicate.get("row").asInt()).isEqualTo(6);
        assertThat(duplicate.get("column").asText()).isEqualTo("A");
        assertThat(duplicate.get("message").asText()).contains("重复：第2行已有此人");
    }

    @Test
    void notASpreadsheet_unknownList_missingFile_tooLarge_noLogin() throws Exception {
        byte[] pdf =
                "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1);
        JsonNode notSheet = json(upload("?list=delegateCandidates", "报告.pdf", pdf, PLAIN), 400);
        assertThat(notSheet.get("rule").asText()).isEqualTo("R3");
        assertThat(notSheet.get("field").asText()).isEqualTo("file");
        assertThat(notSheet.get("message").asText()).isEqualTo("无法读取文件：请上传Excel工作簿（.xlsx）或CSV文件");
        assertThat(notSheet.get("errors")).hasSize(1);
        assertThat(notSheet.get("errors").get(0).get("row").isNull()).isTrue();

        byte[] good = SheetFiles.csv(
                StandardCharsets.UTF_8, false, List.<List<Object>>of(List.of("姓名", "性别"), List.of("王五", "男")));
        JsonNode unknown = json(upload("?list=voters", "b.csv", good, PLAIN), 400);
        assertThat(unknown.get("field").asText()).isEqualTo("list");
        assertThat(unknown.get("message").asText()).startsWith("名单类型“voters”不存在：应为delegateCandidates（代表候选人）");
        assertThat(json(upload("", "b.csv", good, PLAIN), 400).get("field").asText())
                .isEqualTo("list");
        assertThat(json(upload("?list=branchCandidates", null, null, PLAIN), 400)
                        .get("field")
                        .asText())
                .isEqualTo("file");
        HttpResponse<byte[]> badTemplate = get("/api/forms/persons/template.xlsx?list=nope", PLAIN);
        assertThat(badTemplate.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(badTemplate.body()).get("field").asText()).isEqualTo("list");

        byte[] large = new byte[1_100_000];
        assertThat(upload("?list=branchCandidates", "big.csv", large, PLAIN).statusCode())
                .isEqualTo(413);

        assertThat(upload("?list=branchCandidates", "b.csv", good, null).statusCode())
                .isEqualTo(401);
        assertThat(get("/api/forms/persons/template.csv?list=branchCandidates", null)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void documentedInOpenApi() throws Exception {
        HttpResponse<byte[]> docs = get("/v3/api-docs", "admin:admin");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = mapper.readTree(docs.body()).get("paths");
        JsonNode parse = paths.get("/api/forms/persons/parse").get("post");
        assertThat(parse.get("requestBody").get("content").has("multipart/form-data"))
                .isTrue();
        assertThat(parse.get("parameters").get(0).get("name").asText()).isEqualTo("list");
        assertThat(parse.get("parameters").get(0).get("required").asBoolean()).isTrue();
        assertThat(parse.at("/responses/200").toString()).contains("committeeNominees", "birthDate");
        assertThat(parse.at("/responses/400").toString()).contains("columnLabel", "出生日期");
        assertThat(paths.has("/api/forms/persons/template.xlsx")).isTrue();
        assertThat(paths.has("/api/forms/persons/template.csv")).isTrue();
    }
}
