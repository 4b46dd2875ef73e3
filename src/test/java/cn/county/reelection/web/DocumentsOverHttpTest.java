package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.documents.DocumentKind;
import cn.county.reelection.documents.SentDocument;
import cn.county.reelection.documents.SentDocuments;
import cn.county.reelection.process.TownshipScript;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The committee documents of T2, T4 and T9: one township driven through the process by its own
 * people over the engine REST API; each document is linked from the county's review task in Tasklist, written
 * when first opened and kept, served at {@code /api/townships/{businessKey}/documents/{T2|T4|T9}} (the latest) and
 * {@code …/versions/{n}}, and opened with Apache POI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsOverHttpTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String KEY = "2026-DOC01";
    private static final String FIRST_DRAFT = "第一稿：羊岑乡党委关于召开党代表大会的请示";
    private static final String SECOND_DRAFT = "第二稿：大会议程为听取审议两委工作报告、选举新一届两委和出席县党代会代表";
    private static final String SIGNER = "张建国";
    private static final String CONTACT = "李明";
    private static final String PHONE = "0872-5123456";

    @LocalServerPort
    int port;

    @Autowired
    SentDocuments sentDocuments;

    @Autowired
    TownshipRepository townships;

    private Http http;
    private final Map<String, String> loginOfGroup = new HashMap<>();
    private final Map<String, String> login = new HashMap<>();
    private String instance;
    /** What each review task showed when it opened, by task key, in order. */
    private final Map<String, List<Seen>> seen = new HashMap<>();

    private final Map<String, Integer> statusBeforeSubmission = new HashMap<>();
    private HttpResponse<byte[]> previewBeforeSubmission;

    /** A review task of the county and its document. */
    private static final class Seen {
        final String taskId;
        /** The approval form's link, relative to Tasklist's page. */
        final String link;

        final boolean builtAtCreation;
        /** Whether it was written before anyone opened it (on its return); only for a document opened late. */
        Boolean builtBeforeOpened;
        /** Followed from Tasklist when the task opened, or null when the county decided without opening it. */
        HttpResponse<byte[]> fromTasklist;

        byte[] served;

        Seen(String taskId, String link, boolean builtAtCreation) {
            this.taskId = taskId;
            this.link = link;
            this.builtAtCreation = builtAtCreation;
        }

        int version() {
            return Integer.parseInt(link.substring(link.lastIndexOf('/') + 1));
        }
    }

    @BeforeAll
    void driveOneTownshipThroughItsPeople() throws Exception {
        http = new Http(port);
        setClock(2026, 11, 2);
        JsonNode campaign = Http.MAPPER.readTree(
                http.send("POST", "/api/campaigns", """
        {"county":"文书县","countyCode":"doc","year":2026,
         "townships":[
           {"code":"DOC01","name":"羊岑乡","organisations":[{"code":"DOC01-B01","name":"第一支部","members":42},{"code":"DOC01-B02","name":"第二支部","members":30}]},
           {"code":"DOC02","name":"石坪乡","organisations":[{"code":"DOC02-B01","name":"第一支部","members":30}]}]}""", "admin:admin").body());
        instance = campaign.get("townships").get(0).get("processInstanceId").asText();
        campaign.get("accounts").forEach(a -> {
            String credentials =
                    a.get("userId").asText() + ":" + a.get("password").asText();
            loginOfGroup.put(a.get("group").asText(), credentials);
            login.put(a.get("userId").asText(), credentials);
        });
        for (String document : List.of("T2", "T4", "T9")) {
            statusBeforeSubmission.put(document, status(KEY, document, login.get("doc01")));
        }

        for (int guard = 0; guard < 100; guard++) {
            JsonNode tasks = http.ok(
                    "GET",
                    "/engine-rest/task?processInstanceId=" + instance + "&sortBy=created&sortOrder=asc",
                    null,
                    "admin:admin");
            if (tasks.isEmpty()) {
                openTheDocumentsNotOpenedYet();
                return;
            }
            JsonNode task = tasks.get(0);
            String id = task.get("id").asText();
            String key = task.get("taskDefinitionKey").asText();
            Map<String, Object> overrides = new HashMap<>();
            switch (key) {
                case "T2_SubmitConveneRequest" -> {
                    setClock(2026, 11, 8);
                    overrides.put(
                            "requestText",
                            seen.containsKey("T2_ReviewConveneRequest")
                                    ? "县委组织部：\n" + SECOND_DRAFT + "\n妥否，请批示。\n中共羊岑乡委员会\n2026年11月8日"
                                    : FIRST_DRAFT);
                    overrides.put("signer", SIGNER);
                    overrides.put("contactName", CONTACT);
                    overrides.put("contactPhone", PHONE);
                    if (!seen.containsKey("T2_ReviewConveneRequest")) {
                        previewBeforeSubmission = preview("T2", login.get("doc01"), """
                {"text":"预览稿","signer":"张建国","contactName":"李明","contactPhone":"0872-5123456"}""");
                    }
                }
                case "T4_NominateCandidates" -> setClock(2026, 11, 15);
                case "T9_SubmitResultReport" -> {
                    setClock(2026, 11, 30);
                    overrides.put("contactPhone", "0872-5999999"); // the contact's new phone, the name kept from T2
                }
                case "T2_ReviewConveneRequest", "T4_ReviewNominees", "T9_AcknowledgeResultReport" -> {
                    // the first T2 draft is returned unopened, and T4 approved unopened: both are opened at the end
                    boolean open = key.startsWith("T9") || (key.startsWith("T2") && seen.containsKey(key));
                    seen.computeIfAbsent(key, k -> new ArrayList<>()).add(look(id, key, open));
                    if (key.startsWith("T2") && seen.get(key).size() == 1) {
                        overrides.put("approved", false); // the county returns the first draft (same day, same clock)
                        overrides.put("comment", "请写明大会议程");
                    }
                }
                default -> {}
            }
            complete(id, key, performer(id), overrides);
        }
        throw new AssertionError("the township did not finish");
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void t2_conveneRequestNamesTheTownshipTheCongressDateItsQuotaAndIsDatedTheDayOfSubmission() throws Exception {
        XWPFDocument doc = open(last("T2_ReviewConveneRequest").served);
        String text = new XWPFWordExtractor(doc).getText();
        assertThat(text)
                .contains(
                        "中共羊岑乡委员会关于召开党代表大会进行换届选举的请示",
                        "县委组织部：",
                        "2026年11月28日",
                        "代表名额为75名",
                        "党委委员11名",
                        "纪委委员5名",
                        "县党代表大会代表5名",
                        SECOND_DRAFT,
                        "妥否，请批示。");
        assertDatedAndSigned(doc, "2026年11月8日");
        // the title is centred in the title font; body paragraphs indent their first line by two characters
        XWPFParagraph title = paragraphStarting(doc, "中共羊岑乡委员会关于");
        assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(title.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia))
                .isEqualTo("方正小标宋简体");
        XWPFParagraph body = paragraphStarting(doc, "根据党章");
        assertThat(body.getCTP().getPPr().getInd().getFirstLineChars().intValue())
                .isEqualTo(200);
        assertThat(body.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia))
                .isEqualTo("仿宋_GB2312");
    }

    @Test
    void t4_nomineeRequestListsEveryNomineeWithParticulars_andTheirMakeUp_R4_R5() throws Exception {
        XWPFDocument doc = open(last("T4_ReviewNominees").served);
        String text = new XWPFWordExtractor(doc).getText();
        assertThat(text)
                .contains(
                        "中共羊岑乡委员会关于党委委员、纪委委员候选人预备人选的请示",
                        "2026年11月28日",
                        "党委委员候选人预备人选（13名，应选11名）",
                        "纪委委员候选人预备人选（6名，应选5名）");
        for (int i = 1; i <= 13; i++) {
            assertThat(text).contains("党委候选" + i);
        }
        // R5: the discipline list's secretary and deputy are committee nominees (SimulatedParticipant)
        for (int i = 3; i <= 6; i++) {
            assertThat(text).contains("纪委候选" + i);
        }
        assertThat(text).doesNotContain("纪委候选1", "纪委候选2");
        // two tables with a header row; the script's first nominee: woman, 白族, born 1975-01-01, bachelor
        assertThat(doc.getTables()).hasSize(2);
        assertThat(doc.getTables().get(0).getRows()).hasSize(14);
        assertThat(doc.getTables().get(1).getRows()).hasSize(7);
        assertThat(doc.getTables().get(0).getRow(1).getTableCells())
                .extracting(c -> c.getText())
                .containsExactly("1", "党委候选1", "女", "1975.01（51岁）", "白族", "大学本科", "党委书记");
        // R4, R5: the committee list's make-up, counted from the list as kept (SimulatedParticipant.persons: every
        // third a woman, every fifth 白族, none below college), ages on the document's date
        assertThat(text).contains("其中，女性5名，少数民族3名；45岁以下9名，占69%；35岁以下4名；大专及以上学历13名。");
        assertDatedAndSigned(doc, "2026年11月15日");
    }

    @Test
    void t9_resultReportNamesEveryoneElectedWithVotes_andEveryCandidatesVotesOnEachBallot() throws Exception {
        XWPFDocument doc = open(last("T9_AcknowledgeResultReport").served);
        String text = new XWPFWordExtractor(doc).getText();
        assertThat(text)
                .contains(
                        "中共羊岑乡委员会关于换届选举结果的报告",
                        "2026年11月28日",
                        "关于乡党委、纪委换届选举结果的报告",
                        "党委委员（11名）",
                        "纪委委员（5名）",
                        "出席县党代表大会代表（5名）",
                        "特此报告。");
        // every delegate elected at T3 attended and voted for the first candidates of each list (TownshipScript)
        var present = Pattern.compile("实到(\\d+)名").matcher(text);
        assertThat(present.find()).isTrue();
        int delegates = Integer.parseInt(present.group(1));
        assertThat(delegates).isGreaterThan(0);
        assertThat(text).contains("应到代表" + delegates + "名");
        for (int i = 1; i <= 11; i++) {
            assertThat(text).contains("党委候选" + i + "（" + delegates + "票）");
        }
        for (int i = 1; i <= 5; i++) {
            assertThat(text).contains("县代表候选" + i + "（" + delegates + "票）");
        }
        for (int i = 3; i <= 5; i++) {
            assertThat(text).contains("纪委候选" + i + "（");
        }
        // T9 amended: the candidates not elected are named with their votes on the ballot, and nowhere as elected
        assertThat(text)
                .contains("党委候选12得0票、党委候选13得0票", "纪委候选6得0票", "县代表候选6得0票")
                .doesNotContain("党委候选12（", "党委候选13（", "纪委候选6（", "县代表候选6（");
        assertThat(text)
                .contains(
                        "党委委员第1次投票：应到" + delegates + "人，实到" + delegates + "人，收回选票" + delegates + "张，其中无效票0张。",
                        "党委委员共投票1次，其中无效后重新投票0次，得票相等者重新投票0次，另行投票0次；未选出的名额0个");
        // the nominees' posts (R5, R7) tell the secretary from the deputies
        assertThat(text).contains("书记：党委候选1（" + delegates + "票）；副书记：党委候选2（" + delegates + "票）、党委候选3（");
        // the discipline secretary (a deputy Party secretary) and deputy (the committee's 纪检委员), with the votes of the
        // discipline committee's five members (R8)
        assertThat(paragraphAfter(doc, "四、纪委书记、副书记").getText()).isEqualTo("纪委书记：党委候选2（5票）；纪委副书记：党委候选10（5票）");
        // R13: each ballot with its scrutineers and counters (SimulatedParticipant's tellers): one ballot in each of
        // six races
        assertThat(text.split("监票人：监票人甲、监票人乙；计票人：计票人丙", -1)).hasSize(7);
        assertDatedAndSigned(doc, "2026年11月30日");
    }

    @Test
    void eachReviewTaskLinksItsDocument_writtenWhenFirstOpened_thenKept() throws Exception {
        for (var entry : Map.of(
                        "T2_ReviewConveneRequest",
                        "羊岑乡召开党代表大会进行换届选举的请示.docx",
                        "T4_ReviewNominees",
                        "羊岑乡党委委员、纪委委员候选人预备人选的请示.docx",
                        "T9_AcknowledgeResultReport",
                        "羊岑乡换届选举结果的报告.docx")
                .entrySet()) {
            for (Seen review : seen.get(entry.getKey())) {
                // the step that sends a document writes none: the county's task carries a link
                assertThat(review.builtAtCreation).as(entry.getKey()).isFalse();
                assertThat(review.link)
                        .isEqualTo("../../../../api/townships/" + KEY + "/documents/"
                                + entry.getKey().substring(0, 2) + "/versions/" + review.version());
                assertThat(review.served).as(entry.getKey()).isNotNull();
                // kept: opened again, the same file
                assertThat(get(versionPath(review), login.get("county-doc")).body())
                        .isEqualTo(review.served);
            }
            Seen review = last(entry.getKey());
            HttpResponse<byte[]> again =
                    get("/api/townships/" + KEY + "/documents/" + entry.getKey().substring(0, 2), login.get("doc01"));
            assertThat(again.body()).isEqualTo(review.served);
            if (review.fromTasklist != null) {
                assertThat(review.fromTasklist.statusCode()).isEqualTo(200);
                assertThat(review.fromTasklist.body()).isEqualTo(review.served);
                assertThat(review.fromTasklist
                                .headers()
                                .firstValue("Content-Disposition")
                                .orElse(""))
                        .contains("filename*=UTF-8''" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
            }
        }
        // T4 was approved unopened: nothing wrote it until it was opened after the end
        assertThat(last("T4_ReviewNominees").builtBeforeOpened).isFalse();
    }

    @Test
    void t4_openedOnlyAfterTheEnd_isTheDocumentAsSent_dateAndContactOfItsDay() throws Exception {
        XWPFDocument doc = open(last("T4_ReviewNominees").served);
        assertDatedAndSigned(doc, "2026年11月15日");
        // T9 gave a new phone later; T4 keeps the one it was sent with
        assertThat(new XWPFWordExtractor(doc).getText())
                .contains("（联系人：" + CONTACT + "，联系电话：" + PHONE + "）")
                .doesNotContain("0872-5999999");
    }

    @Test
    void t2_returnedRequest_eachReviewTaskKeepsItsDraft_andTheEndpointServesTheResubmission() throws Exception {
        List<Seen> reviews = seen.get("T2_ReviewConveneRequest");
        assertThat(reviews).hasSize(2);
        assertThat(reviews).extracting(Seen::version).containsExactly(1, 2);
        // returned unopened: written on its return, before the township changed its request
        assertThat(reviews.get(0).builtBeforeOpened).isTrue();
        String first = new XWPFWordExtractor(open(reviews.get(0).served)).getText();
        assertThat(first).contains(FIRST_DRAFT).doesNotContain(SECOND_DRAFT);
        String second = new XWPFWordExtractor(open(reviews.get(1).served)).getText();
        assertThat(second).contains(SECOND_DRAFT).doesNotContain(FIRST_DRAFT);
        // both drafts were written at the same engine time; the endpoint still serves the second, also after the end
        HttpResponse<byte[]> now = get("/api/townships/" + KEY + "/documents/T2", login.get("doc01"));
        assertThat(new XWPFWordExtractor(open(now.body())).getText()).contains(SECOND_DRAFT);
        // a version never sent
        HttpResponse<String> missing =
                http.send("GET", "/api/townships/" + KEY + "/documents/T2/versions/3", null, login.get("doc01"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Http.MAPPER.readTree(missing.body()).get("message").asText()).contains("第3稿");
        assertThat(http.status("GET", "/api/townships/" + KEY + "/documents/T2/versions/1", null, login.get("doc02")))
                .isEqualTo(403);
    }

    @Test
    void documentEndpoint_answersDocxWithTheFileName_forTheTownshipAndTheCountyOnly() throws Exception {
        HttpResponse<byte[]> response = get("/api/townships/" + KEY + "/documents/T9", login.get("county-doc"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo(DOCX);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''" + URLEncoder.encode("羊岑乡换届选举结果的报告.docx", StandardCharsets.UTF_8));
        // an official document with names and votes is never kept by the browser or a proxy on the way
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        for (String user : List.of("doc01", "doc01-office", "doc01-review", "doc01-b01")) {
            assertThat(status(KEY, "T2", login.get(user))).as(user).isEqualTo(200);
        }
        assertThat(status(KEY, "T2", "admin:admin")).isEqualTo(200);
        for (String user : List.of("doc02", "doc02-b01")) {
            HttpResponse<String> refused =
                    http.send("GET", "/api/townships/" + KEY + "/documents/T2", null, login.get(user));
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(Http.MAPPER.readTree(refused.body()).get("message").asText())
                    .contains("羊岑乡");
        }
    }

    @Test
    void documentEndpoint_404BeforeSubmission_400ForAnUnknownDocument() throws Exception {
        assertThat(statusBeforeSubmission)
                .containsEntry("T2", 404)
                .containsEntry("T4", 404)
                .containsEntry("T9", 404);
        // the other township has not submitted anything yet
        HttpResponse<String> missing =
                http.send("GET", "/api/townships/2026-DOC02/documents/T9", null, login.get("doc02"));
        assertThat(missing.statusCode()).isEqualTo(404);
        JsonNode error = Http.MAPPER.readTree(missing.body());
        assertThat(error.get("status").asInt()).isEqualTo(404);
        assertThat(error.get("message").asText()).contains("石坪乡", "换届选举结果的报告", "尚未呈报");

        HttpResponse<String> unknown =
                http.send("GET", "/api/townships/" + KEY + "/documents/T5", null, login.get("doc01"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Http.MAPPER.readTree(unknown.body()).get("field").asText()).isEqualTo("document");
        assertThat(status("2026-NOPE", "T2", "admin:admin")).isEqualTo(404);
    }

    @Test
    void r12_afterTheCongress_countyDelegatesBallotCarriesTheCongresssList_secretaryBallotTheElectedNominees()
            throws Exception {
        HttpResponse<byte[]> response = get("/api/townships/" + KEY + "/ballots/countyDelegates", login.get("doc01"));
        assertThat(response.statusCode()).isEqualTo(200);
        XWPFDocument ballot = open(response.body());
        List<String> names = ballot.getTables().get(0).getRows().stream()
                .skip(1)
                .map(r -> r.getCell(0).getText())
                .toList();
        assertThat(names).containsExactlyInAnyOrder("县代表候选1", "县代表候选2", "县代表候选3", "县代表候选4", "县代表候选5", "县代表候选6");
        assertThat(ballot.getTables().get(1).getRows()).hasSize(1 + TownshipScript.COUNTY_DELEGATE_SEATS);
        XWPFDocument secretary = open(get("/api/townships/" + KEY + "/ballots/secretary", login.get("county-doc"))
                .body());
        assertThat(secretary.getTables().get(0).getRows())
                .extracting(r -> r.getCell(0).getText() + ":" + r.getCell(1).getText())
                .containsExactly("职务:候选人姓名", "党委书记:党委候选1", "党委副书记:党委候选2", "党委副书记:党委候选3");
    }

    @Test
    void r15_redMarkAndSeparator_numbersPerTownshipAndYear_stableAcrossTheResubmission() throws Exception {
        List<Seen> t2 = seen.get("T2_ReviewConveneRequest");
        // the first and the second draft of T2 are one document: one number; T4 and T9 follow in the year's sequence
        assertThat(numberLine(open(t2.get(0).served))).startsWith("羊党请〔2026〕1号");
        assertThat(numberLine(open(t2.get(1).served))).startsWith("羊党请〔2026〕1号");
        assertThat(numberLine(open(last("T4_ReviewNominees").served))).startsWith("羊党请〔2026〕2号");
        assertThat(numberLine(open(last("T9_AcknowledgeResultReport").served))).isEqualTo("羊党报〔2026〕3号");
        for (String key : List.of("T2_ReviewConveneRequest", "T4_ReviewNominees", "T9_AcknowledgeResultReport")) {
            XWPFDocument doc = open(last(key).served);
            XWPFParagraph mark = doc.getParagraphs().stream()
                    .filter(p -> !p.getText().isBlank())
                    .findFirst()
                    .orElseThrow();
            assertThat(mark.getRuns()).as(key).isNotEmpty().allMatch(r -> "FF0000".equals(r.getColor()));
            XWPFParagraph number = paragraphStarting(doc, "羊党");
            assertThat(number.getCTP()
                            .getPPr()
                            .getPBdr()
                            .getBottom()
                            .xgetColor()
                            .getStringValue())
                    .as(key)
                    .isEqualTo("FF0000");
        }
    }

    @Test
    void r15_signerOnTheRequestsOnly_contactOnEveryDocument_salutationAndClosingNeverTwice() throws Exception {
        XWPFDocument t2 = open(last("T2_ReviewConveneRequest").served);
        assertThat(numberLine(t2)).isEqualTo("羊党请〔2026〕1号\t签发人：" + SIGNER);
        assertThat(numberLine(open(last("T4_ReviewNominees").served))).isEqualTo("羊党请〔2026〕2号\t签发人：" + SIGNER);
        assertThat(new XWPFWordExtractor(open(last("T9_AcknowledgeResultReport").served)).getText())
                .doesNotContain("签发人");
        String text = new XWPFWordExtractor(t2).getText();
        assertThat(text).contains("（联系人：" + CONTACT + "，联系电话：" + PHONE + "）");
        // the second draft was typed with salutation, closing, organ and date: each is in the document once
        assertThat(text.split("县委组织部：", -1)).hasSize(2);
        assertThat(text.split("妥否，请批示。", -1)).hasSize(2);
        assertThat(text.split("2026年11月8日", -1)).hasSize(2);
        assertThat(new XWPFWordExtractor(open(last("T4_ReviewNominees").served)).getText())
                .contains("（联系人：" + CONTACT + "，联系电话：" + PHONE + "）");
        assertThat(new XWPFWordExtractor(open(last("T9_AcknowledgeResultReport").served)).getText())
                .contains("（联系人：" + CONTACT + "，联系电话：0872-5999999）");
    }

    @Test
    void r15_previewBeforeSubmitting_showsTheNumberItWillCarry_forTheTownshipOnly() throws Exception {
        assertThat(previewBeforeSubmission.statusCode()).isEqualTo(200);
        XWPFDocument preview = open(previewBeforeSubmission.body());
        assertThat(numberLine(preview)).isEqualTo("羊党请〔2026〕1号\t签发人：张建国");
        assertThat(new XWPFWordExtractor(preview).getText()).contains("预览稿", "（联系人：李明，联系电话：0872-5123456）");
        // after the end: the preview of a numbered document shows its number, and takes none
        assertThat(numberLine(open(preview("T9", login.get("doc01"), "{}").body())))
                .isEqualTo("羊党报〔2026〕3号");
        HttpResponse<byte[]> badPhone = preview("T2", login.get("doc01"), "{\"contactPhone\":\"call me\"}");
        assertThat(badPhone.statusCode()).isEqualTo(400);
        JsonNode error = Http.MAPPER.readTree(badPhone.body());
        assertThat(error.get("rule").asText()).isEqualTo("R15");
        assertThat(error.get("field").asText()).isEqualTo("contactPhone");
        // another township hears 403 before its body is read
        assertThat(preview("T2", login.get("doc02"), "{not json").statusCode()).isEqualTo(403);
        assertThat(preview("T2", login.get("doc01"), "{not json").statusCode()).isEqualTo(400);
    }

    private static String numberLine(XWPFDocument doc) {
        return paragraphStarting(doc, "羊党").getText();
    }

    private HttpResponse<byte[]> preview(String document, String credentials, String body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/townships/" + KEY
                                        + "/documents/" + document + "/preview"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Writes the three documents to target/documents/ for tools/render_document.sh (the README's page). */
    @Test
    void writesTheDocumentsForRendering() throws Exception {
        for (String key : List.of("T2_ReviewConveneRequest", "T4_ReviewNominees", "T9_AcknowledgeResultReport")) {
            Path out = Path.of(
                    "target", "documents", "document-" + key.substring(0, 2).toLowerCase() + ".docx");
            Files.createDirectories(out.getParent());
            Files.write(out, last(key).served);
            assertThat(open(Files.readAllBytes(out)).getParagraphs()).isNotEmpty();
        }
    }

    // --- what the county sees when a review task opens

    private Seen look(String taskId, String key, boolean open) throws Exception {
        String county = login.get("county-doc");
        Tasklist tasklist = new Tasklist(county);
        JsonNode variables = tasklist.formVariables(taskId);
        assertThat(variables.get("documentName").get("value").asText()).endsWith(".docx");
        Seen seen = new Seen(
                taskId,
                variables.get("documentLink").get("value").asText(),
                sentDocument(key, variables.get("documentLink").get("value").asText())
                        .isBuilt());
        if (open) {
            seen.fromTasklist = tasklist.follow(seen.link);
            HttpResponse<byte[]> served = get("/api/townships/" + KEY + "/documents/" + key.substring(0, 2), county);
            assertThat(served.statusCode()).as(key).isEqualTo(200);
            seen.served = served.body();
        }
        return seen;
    }

    private SentDocument sentDocument(String key, String link) {
        long township = townships.findByBusinessKey(KEY).orElseThrow().getId();
        int version = Integer.parseInt(link.substring(link.lastIndexOf('/') + 1));
        return sentDocuments
                .version(township, DocumentKind.parse(key.substring(0, 2)).orElseThrow(), version)
                .orElseThrow();
    }

    private void openTheDocumentsNotOpenedYet() throws Exception {
        for (var entry : seen.entrySet()) {
            for (Seen review : entry.getValue()) {
                if (review.served == null) {
                    review.builtBeforeOpened =
                            sentDocument(entry.getKey(), review.link).isBuilt();
                    HttpResponse<byte[]> served = get(versionPath(review), login.get("county-doc"));
                    assertThat(served.statusCode()).as(entry.getKey()).isEqualTo(200);
                    review.served = served.body();
                }
            }
        }
    }

    private static String versionPath(Seen review) {
        return URI.create("/camunda/app/tasklist/default/").resolve(review.link).getPath();
    }

    /** Tasklist in a browser: the webapp's session, the form's variables, and the form's link followed. */
    private final class Tasklist {
        private final HttpClient browser;
        private final String base = "http://localhost:" + port + "/camunda";

        Tasklist(String credentials) throws Exception {
            CookieManager cookies = new CookieManager();
            browser = HttpClient.newBuilder().cookieHandler(cookies).build();
            browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            String xsrf = cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElse("");
            String[] account = credentials.split(":");
            HttpResponse<String> loggedIn = browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-XSRF-TOKEN", xsrf)
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "username=" + account[0] + "&password=" + account[1]))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(200);
        }

        /** What Tasklist hands an embedded form: every variable the task sees. */
        JsonNode formVariables(String taskId) throws Exception {
            HttpResponse<String> formVariables = browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default/task/" + taskId
                                    + "/form-variables?deserializeValues=false"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return Http.MAPPER.readTree(formVariables.body());
        }

        HttpResponse<byte[]> follow(String link) throws Exception {
            URI page = URI.create(base + "/app/tasklist/default/");
            return browser.send(
                    HttpRequest.newBuilder(page.resolve(link)).build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    // --- helpers

    private static void assertDatedAndSigned(XWPFDocument doc, String date) {
        List<XWPFParagraph> filled =
                doc.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
        assertThat(filled.get(filled.size() - 1).getText()).startsWith("（联系人："); // R15: the note under the date
        XWPFParagraph last = filled.get(filled.size() - 2);
        XWPFParagraph organ = filled.get(filled.size() - 3);
        assertThat(last.getText()).isEqualTo(date);
        assertThat(last.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        assertThat(organ.getText()).isEqualTo("中共羊岑乡委员会");
        assertThat(organ.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        assertThat(filled.get(0).getText()).isEqualTo("中共羊岑乡委员会"); // the issuing-organ header
    }

    private Seen last(String key) {
        List<Seen> looks = seen.get(key);
        assertThat(looks).as(key).isNotEmpty();
        return looks.get(looks.size() - 1);
    }

    private static XWPFParagraph paragraphStarting(XWPFDocument doc, String start) {
        return doc.getParagraphs().stream()
                .filter(p -> p.getText().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting with " + start));
    }

    private static XWPFParagraph paragraphAfter(XWPFDocument doc, String heading) {
        List<XWPFParagraph> paragraphs = doc.getParagraphs();
        return paragraphs.get(paragraphs.indexOf(paragraphStarting(doc, heading)) + 1);
    }

    private static XWPFDocument open(byte[] docx) throws Exception {
        assertThat(docx).isNotNull();
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private int status(String businessKey, String document, String credentials) throws Exception {
        return http.status("GET", "/api/townships/" + businessKey + "/documents/" + document, null, credentials);
    }

    private HttpResponse<byte[]> get(String path, String credentials) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The user of the task's candidate group (admin where none of the campaign's accounts has it). */
    private String performer(String taskId) throws Exception {
        for (JsonNode link :
                http.ok("GET", "/engine-rest/task/" + taskId + "/identity-links?type=candidate", null, "admin:admin")) {
            String credentials = loginOfGroup.get(link.get("groupId").asText());
            if (credentials != null) {
                return credentials;
            }
        }
        return "admin:admin";
    }

    private void complete(String taskId, String key, String credentials, Map<String, Object> overrides)
            throws Exception {
        Map<String, Object> answer =
                new LinkedHashMap<>(TownshipScript.answer(key, http.taskVariables(taskId, "admin:admin")));
        answer.putAll(overrides);
        HttpResponse<String> done = http.send(
                "POST",
                "/engine-rest/task/" + taskId + "/complete",
                Http.completion(answer).toString(),
                credentials);
        assertThat(done.statusCode())
                .as(key + " by " + credentials.split(":")[0] + ": " + done.body())
                .isEqualTo(204);
    }

    private static void setClock(int year, int month, int day) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"))
                .toInstant()));
    }
}
