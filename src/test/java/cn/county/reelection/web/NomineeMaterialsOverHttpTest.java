package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * T4: the nominees' appointment forms and inspection materials as files in the project's database, uploaded by
 * the township secretary while the list is drawn up, opened by the county from its review (R11: the township's
 * people and its county only; 403 before any check of the input).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NomineeMaterialsOverHttpTest {

    private static final byte[] PDF = "%PDF-1.4\n干部任免审批表\n%%EOF".getBytes(StandardCharsets.UTF_8);
    private static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @LocalServerPort
    int port;

    private Http http;
    private final Map<String, String> login = new HashMap<>();
    private String instanceA;

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @BeforeAll
    void startTwoTownshipsAndBringAToT4() throws Exception {
        http = new Http(port);
        // the scripted plan's congress date is in November 2026
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"))
                .toInstant()));
        JsonNode campaign = Http.MAPPER.readTree(
                http.send("POST", "/api/campaigns", """
        {"county":"材料县","countyCode":"mat","year":2026,
         "townships":[
           {"code":"MTA","name":"甲材乡","organisations":[{"code":"MTA-B1","name":"一支部","members":30}]},
           {"code":"MTB","name":"乙材乡","organisations":[{"code":"MTB-B1","name":"一支部","members":30}]}]}""", "admin:admin").body());
        campaign.get("accounts")
                .forEach(a -> login.put(
                        a.get("userId").asText(),
                        a.get("userId").asText() + ":" + a.get("password").asText()));
        instanceA = campaign.get("townships").get(0).get("processInstanceId").asText();
        // T1, T2 and the county's approval: T4_NominateCandidates opens beside T3
        for (String key : List.of("T1_PlanReelection", "T2_SubmitConveneRequest", "T2_ReviewConveneRequest")) {
            complete(openTask(key));
        }
        assertThat(openTask("T4_NominateCandidates")).isNotNull();
    }

    @Test
    @Order(1)
    void t4_materialsOfAnotherTownship_areForbidden() throws Exception {
        // township B's secretary and office: 403 on A's list, upload and file, before the input is looked at
        for (String user : List.of("mtb", "mtb-office")) {
            assertThat(http.status("GET", "/api/townships/2026-MTA/nominee-materials", null, login.get(user)))
                    .isEqualTo(403);
            HttpResponse<String> upload =
                    http.upload(uploadPath("2026-MTA", "", "NO_SUCH_KIND"), "x.exe", new byte[0], login.get(user));
            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(403);
            assertThat(Http.MAPPER.readTree(upload.body()).get("rule").asText()).isEqualTo("R11");
        }
        // A's own office and the county see A's materials but upload nothing: the secretary does
        assertThat(http.status("GET", "/api/townships/2026-MTA/nominee-materials", null, login.get("mta-office")))
                .isEqualTo(200);
        assertThat(http.upload(
                                uploadPath("2026-MTA", "党委候选1", "APPOINTMENT_FORM"),
                                "a.pdf",
                                PDF,
                                login.get("county-mat"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.upload(
                                uploadPath("2026-MTA", "党委候选1", "APPOINTMENT_FORM"),
                                "a.pdf",
                                PDF,
                                login.get("mta-office"))
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> own = http.upload(
                uploadPath("2026-MTA", "党委候选1", "APPOINTMENT_FORM"), "党委候选1任免审批表.pdf", PDF, login.get("mta"));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        long id = Http.MAPPER.readTree(own.body()).get("id").asLong();
        assertThat(http.download("/api/townships/2026-MTA/nominee-materials/" + id, login.get("mtb"))
                        .statusCode())
                .isEqualTo(403);
        // the file does not belong to B: asked through B's address it is not found, even by the county
        assertThat(http.download("/api/townships/2026-MTB/nominee-materials/" + id, login.get("county-mat"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    @Order(2)
    void t4_badFile_is400NamingFieldAndRule_andKeepsNothing() throws Exception {
        HttpResponse<String> exe =
                http.upload(uploadPath("2026-MTA", "党委候选2", "APPOINTMENT_FORM"), "病毒.exe", PDF, login.get("mta"));
        assertThat(exe.statusCode()).isEqualTo(400);
        JsonNode error = Http.MAPPER.readTree(exe.body());
        assertThat(error.get("rule").asText()).isEqualTo("T4");
        assertThat(error.get("field").asText()).isEqualTo("file");
        assertThat(error.get("message").asText()).contains("只接受PDF、Word（.docx）或JPG文件");

        HttpResponse<String> fake =
                http.upload(uploadPath("2026-MTA", "党委候选2", "INSPECTION"), "考察.pdf", JPG, login.get("mta"));
        assertThat(fake.statusCode()).isEqualTo(400);
        assertThat(Http.MAPPER.readTree(fake.body()).get("message").asText()).contains("扩展名与内容不符");

        byte[] big = new byte[1_000_001];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        HttpResponse<String> tooBig =
                http.upload(uploadPath("2026-MTA", "党委候选2", "INSPECTION"), "考察.pdf", big, login.get("mta"));
        assertThat(tooBig.statusCode()).as(tooBig.body()).isEqualTo(400);
        assertThat(Http.MAPPER.readTree(tooBig.body()).get("message").asText()).contains("文件不能超过976 KB");

        HttpResponse<String> kind =
                http.upload(uploadPath("2026-MTA", "党委候选2", "PHOTO"), "照片.jpg", JPG, login.get("mta"));
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(Http.MAPPER.readTree(kind.body()).get("field").asText()).isEqualTo("material");

        JsonNode listed = http.ok("GET", "/api/townships/2026-MTA/nominee-materials", null, login.get("mta"));
        assertThat(listed.findValuesAsText("nominee")).doesNotContain("党委候选2");
    }

    @Test
    @Order(3)
    void t4_countyOpensEachNomineesAppointmentFormFromItsReview() throws Exception {
        JsonNode nominate = openTask("T4_NominateCandidates");
        String completion = http.scriptedCompletion(nominate, "admin:admin");
        JsonNode variables = Http.MAPPER.readTree(completion).get("variables");
        List<String> nominees = new ArrayList<>();
        for (String list : List.of("committeeNominees", "disciplineNominees")) {
            Http.MAPPER.readTree(variables.get(list).get("value").asText()).forEach(p -> {
                if (!nominees.contains(p.get("name").asText())) {
                    nominees.add(p.get("name").asText());
                }
            });
        }
        // every nominee's appointment form; the inspection material of all but the last
        for (String name : nominees) {
            byte[] form = ("%PDF-1.4\n" + name + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
            assertThat(http.upload(
                                    uploadPath("2026-MTA", name, "APPOINTMENT_FORM"),
                                    name + "任免审批表.pdf",
                                    form,
                                    login.get("mta"))
                            .statusCode())
                    .isEqualTo(201);
            if (!name.equals(nominees.get(nominees.size() - 1))) {
                assertThat(http.upload(
                                        uploadPath("2026-MTA", name, "INSPECTION"),
                                        name + "考察材料.jpg",
                                        JPG,
                                        login.get("mta"))
                                .statusCode())
                        .isEqualTo(201);
            }
        }
        assertThat(http.send(
                                "POST",
                                "/engine-rest/task/" + nominate.get("id").asText() + "/complete",
                                completion,
                                login.get("mta"))
                        .statusCode())
                .isEqualTo(204);

        // the county's review: its form context lists every nominee's materials, each opens
        JsonNode review = openTask("T4_ReviewNominees");
        JsonNode context = http.taskVariables(review.get("id").asText(), login.get("county-mat"))
                .get("formContext");
        JsonNode materials = context.get("nomineeMaterials");
        assertThat(materials.get("nominees").findValuesAsText("name")).containsExactlyElementsOf(nominees);
        assertThat(materials.get("nomineesMissingMaterials").asInt()).isEqualTo(1);
        JsonNode last = materials.get("nominees").get(nominees.size() - 1);
        assertThat(last.get("missing").get(0).asText()).isEqualTo("INSPECTION");

        JsonNode live = http.ok(
                "GET",
                "/api/townships/" + context.get("businessKey").asText() + "/nominee-materials",
                null,
                login.get("county-mat"));
        for (JsonNode nominee : live.get("nominees")) {
            JsonNode form = null;
            for (JsonNode m : nominee.get("materials")) {
                if (m.get("kind").asText().equals("APPOINTMENT_FORM")) {
                    form = m;
                }
            }
            assertThat(form).as(nominee.get("name").asText()).isNotNull();
            assertThat(form.get("uploadedBy").asText()).isEqualTo("mta");
            HttpResponse<byte[]> file = http.download(
                    "/api/townships/2026-MTA/nominee-materials/"
                            + form.get("id").asText(),
                    login.get("county-mat"));
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(new String(file.body(), StandardCharsets.UTF_8))
                    .contains(nominee.get("name").asText());
        }

        // until the county decides the secretary may still add the missing file; after it, no more
        String missingName = nominees.get(nominees.size() - 1);
        assertThat(http.upload(uploadPath("2026-MTA", missingName, "INSPECTION"), "补充考察材料.jpg", JPG, login.get("mta"))
                        .statusCode())
                .isEqualTo(201);
        assertThat(http.ok("GET", "/api/townships/2026-MTA/nominee-materials", null, login.get("county-mat"))
                        .get("nomineesMissingMaterials")
                        .asInt())
                .isZero();
        assertThat(http.send(
                                "POST",
                                "/engine-rest/task/" + review.get("id").asText() + "/complete",
                                http.scriptedCompletion(review, "admin:admin"),
                                login.get("county-mat"))
                        .statusCode())
                .isEqualTo(204);
        HttpResponse<String> late =
                http.upload(uploadPath("2026-MTA", missingName, "INSPECTION"), "再补充.jpg", JPG, login.get("mta"));
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(Http.MAPPER.readTree(late.body()).get("rule").asText()).isEqualTo("T4");
    }

    private String uploadPath(String businessKey, String nominee, String kind) {
        return "/api/townships/" + businessKey + "/nominee-materials?nominee="
                + URLEncoder.encode(nominee, StandardCharsets.UTF_8) + "&material=" + kind;
    }

    private JsonNode openTask(String key) throws Exception {
        for (JsonNode task : http.openTasks(instanceA, "admin:admin")) {
            if (task.get("taskDefinitionKey").asText().equals(key)) {
                return task;
            }
        }
        return null;
    }

    private void complete(JsonNode task) throws Exception {
        HttpResponse<String> done = http.send(
                "POST",
                "/engine-rest/task/" + task.get("id").asText() + "/complete",
                http.scriptedCompletion(task, "admin:admin"),
                "admin:admin");
        assertThat(done.statusCode())
                .as(task.get("taskDefinitionKey").asText() + ": " + done.body())
                .isEqualTo(204);
    }
}
