package cn.county.reelection.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.county.reelection.campaign.Step;
import cn.county.reelection.process.ProcessTestSupport;
import cn.county.reelection.timeline.TimelineService;
import cn.county.reelection.township.CampaignCreated;
import cn.county.reelection.township.CampaignRequest;
import cn.county.reelection.village.Variant;
import cn.county.reelection.village.VillageCampaignRequest;
import cn.county.reelection.village.VillageCampaignService;
import cn.county.reelection.village.VillageStep;
import cn.county.reelection.village.VillageTimeline;
import cn.county.reelection.web.ApiException;
import cn.county.reelection.web.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notices against a real SMTP server (GreenMail) and a local stand-in for the group robots: each event, the
 * settings, one's own choice, the retries and the incident, and that no notice carries votes or personal data.
 */
@Tag("own-context")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:notices;DB_CLOSE_DELAY=-1",
            "reelection.notices.enabled=true",
            "reelection.notices.mail-from=notice@county.test"
        })
class NoticesTest extends ProcessTestSupport {

    private static final GreenMail MAIL;
    private static final RobotServer ROBOTS;
    private static final AtomicInteger CODES = new AtomicInteger();

    static {
        try (ServerSocket socket = new ServerSocket(0)) {
            MAIL = new GreenMail(new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            ROBOTS = new RobotServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        MAIL.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @AfterAll
    static void stopServers() {
        MAIL.stop();
        ROBOTS.close();
    }

    @Autowired
    ManagementService management;

    @Autowired
    IdentityService identity;

    @Autowired
    TimelineService timeline;

    @Autowired
    MorningNoticesDelegate morning;

    @Autowired
    VillageCampaignService villageCampaigns;

    @Autowired
    VillageTimeline villageTimeline;

    @LocalServerPort
    int port;

    /** A township of its own per test, its secretary and county account with e-mail addresses. */
    private record Place(String code, String county, CampaignCreated campaign) {
        String secretaryMail() {
            return code.toLowerCase() + "@township.test";
        }

        String countyMail() {
            return county + "@county.test";
        }

        String name() {
            return "通知乡" + code;
        }
    }

    private Place start(NoticeSettingsRequest notices) {
        String code = "NT" + CODES.incrementAndGet();
        String county = "nc" + CODES.get();
        user(code.toLowerCase(), code.toLowerCase() + "@township.test");
        user("county-" + county, county + "@county.test");
        CampaignCreated created = campaigns.start(
                new CampaignRequest(
                        "通知县",
                        county,
                        2026,
                        null,
                        List.of(new CampaignRequest.TownshipRequest(
                                code,
                                "通知乡" + code,
                                List.of(new CampaignRequest.OrganisationRequest(code + "-B01", "第一支部", 30)))),
                        null,
                        notices),
                "admin");
        return new Place(code, county, created);
    }

    private void user(String id, String email) {
        User user = identity.newUser(id);
        user.setFirstName(id);
        user.setLastName("测试");
        user.setEmail(email);
        user.setPassword("pw-" + id);
        identity.saveUser(user);
    }

    /** Runs every pending notice job as the job executor would; answers how many ran. */
    private int deliverAll() {
        int ran = 0;
        for (Job job : management
                .createJobQuery()
                .processDefinitionKey(NoticeService.PROCESS_KEY)
                .executable()
                .list()) {
            management.executeJob(job.getId());
            ran++;
        }
        return ran;
    }

    private List<MimeMessage> inbox(String email) throws Exception {
        GreenMailUser user = MAIL.getUserManager().getUserByEmail(email);
        if (user == null) {
            return List.of();
        }
        List<MimeMessage> messages = new ArrayList<>();
        for (var stored : MAIL.getManagers().getImapHostManager().getInbox(user).getMessages()) {
            messages.add(stored.getMimeMessage());
        }
        return messages;
    }

    private static String text(MimeMessage message) throws Exception {
        return message.getSubject() + "\n" + message.getContent();
    }

    @Test
    void taskArrives_itsGroupsMembersAndTheRoleAddressGetOneEmail_blindCopied() throws Exception {
        Place place = start(
                new NoticeSettingsRequest(null, null, Map.of("township-NT" + (CODES.get() + 1), "office@role.test")));
        assertThat(deliverAll()).isEqualTo(1); // T1 arrived for township-NT…: one e-mail job

        List<MimeMessage> secretary = inbox(place.secretaryMail());
        assertThat(secretary).hasSize(1);
        assertThat(secretary.get(0).getSubject()).isEqualTo("【换届选举·新任务】部署换届工作（" + place.name() + "）");
        assertThat(secretary.get(0).getContent().toString()).contains("您所在的乡党委有一项新任务", "期限：2026年11月5日");
        // nobody sees the other recipients: only the sender is in To, nothing in Cc, no Bcc header kept
        assertThat(secretary.get(0).getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("notice@county.test");
        assertThat(secretary.get(0).getHeader("Bcc")).isNull();
        assertThat(inbox("office@role.test")).hasSize(1);
        assertThat(inbox(place.countyMail())).isEmpty(); // the county's group has no task yet
    }

    @Test
    void stepOverdue_theTownshipAndTheCountyAreTold() throws Exception {
        Place place = start(null);
        deliverAll();
        setClock(2026, 11, 6, 9);
        Job timer = management
                .createJobQuery()
                .processInstanceId(place.campaign().townships().get(0).processInstanceId())
                .activityId("Timer_T1Deadline")
                .singleResult();
        management.executeJob(timer.getId());
        assertThat(deliverAll()).isEqualTo(1); // one e-mail to both groups

        String subject = "【换届选举·逾期】" + place.name() + "「T1 部署换届工作」";
        assertThat(inbox(place.countyMail()))
                .extracting(MimeMessage::getSubject)
                .containsExactly(subject);
        assertThat(inbox(place.secretaryMail()))
                .extracting(MimeMessage::getSubject)
                .contains(subject);
        assertThat(inbox(place.countyMail()).get(0).getContent().toString()).contains("已超过期限2026年11月5日仍未完成");
    }

    @Test
    void requestReturned_theTownshipIsToldWithTheReason() throws Exception {
        Place place = start(null);
        var pi = instance(place.campaign());
        driveUntil(pi, "T2_ReviewConveneRequest");
        deliverAll();
        var review = openTasks(pi).stream()
                .filter(t -> t.getTaskDefinitionKey().equals("T2_ReviewConveneRequest"))
                .findFirst()
                .orElseThrow();
        complete(review, Map.of("approved", false, "comment", "请补充代表名额分配方案"));
        deliverAll();

        List<MimeMessage> returned = inbox(place.secretaryMail()).stream()
                .filter(m -> subject(m).startsWith("【换届选举·退回】"))
                .toList();
        assertThat(returned).hasSize(1);
        assertThat(returned.get(0).getSubject()).isEqualTo("【换届选举·退回】审批召开党代会请示（" + place.name() + "）");
        assertThat(returned.get(0).getContent().toString()).contains("退回理由：请补充代表名额分配方案", "期限不变");
        // the county was told of the request to review (a task that carries its document)
        assertThat(inbox(place.countyMail()).stream().map(NoticesTest::subject))
                .contains("【换届选举·新任务】审批召开党代会请示（" + place.name() + "）");
        // an approval is no return
        assertThat(inbox(place.countyMail()).stream().map(NoticesTest::subject)).noneMatch(s -> s.contains("退回"));
    }

    @Test
    void seatsUnfilled_theTownshipAndTheCountyAreTold() throws Exception {
        Place place = start(null);
        deliverAll();
        timeline.seatsUnfilled(townshipId(place), Step.T7, null, "党委委员", 1, null);
        assertThat(deliverAll()).isEqualTo(1);
        for (String mail : List.of(place.countyMail(), place.secretaryMail())) {
            MimeMessage notice = inbox(mail).stream()
                    .filter(m -> subject(m).contains("名额空缺"))
                    .findFirst()
                    .orElseThrow();
            assertThat(notice.getContent().toString()).contains("「党委委员」选举结束后仍有1个名额空缺", "下一步");
        }
    }

    @Test
    void workingMorning_countyDigestAndDueSoonReminders_onceADay() throws Exception {
        Place place = start(null);
        var pi = instance(place.campaign());
        driveUntil(pi, "T2_SubmitConveneRequest"); // T2 due Tuesday 10 November, followed up on Monday 9 November
        deliverAll();

        ZonedDateTime monday = ZonedDateTime.of(2026, 11, 9, 7, 30, 0, 0, ZONE);
        assertThat(morning.run(monday.toInstant())).isZero(); // before the morning hour
        int sent = morning.run(monday.plusHours(1).toInstant());
        assertThat(sent).isGreaterThanOrEqualTo(2);
        assertThat(morning.run(monday.plusHours(2).toInstant())).isZero(); // once a day
        assertThat(morning.run(ZonedDateTime.of(2026, 11, 8, 9, 0, 0, 0, ZONE).toInstant()))
                .isZero(); // a Sunday
        deliverAll();

        MimeMessage digest = inbox(place.countyMail()).stream()
                .filter(m -> subject(m).contains("每日汇总"))
                .findFirst()
                .orElseThrow();
        assertThat(digest.getSubject()).startsWith("【换届选举·每日汇总】2026年11月9日");
        assertThat(digest.getContent().toString())
                .contains("本周到期：", place.name() + "：T2 呈报召开党代会请示（期限2026年11月10日）")
                .doesNotContain(place.name() + "：T3"); // due 20 November, not this week
        MimeMessage reminder = inbox(place.secretaryMail()).stream()
                .filter(m -> subject(m).contains("即将到期"))
                .findFirst()
                .orElseThrow();
        assertThat(reminder.getSubject()).isEqualTo("【换届选举·任务即将到期】提交召开党代会请示（" + place.name() + "）");
        assertThat(reminder.getContent().toString()).contains("将于2026年11月10日到期");
    }

    @Test
    void meNotices_turnedOff_noMoreEmailToMe_butTheRoleAddressStillGetsIt() throws Exception {
        String code = "NT" + (CODES.get() + 1);
        Place place =
                start(new NoticeSettingsRequest(null, null, Map.of("township-" + code, "role-" + code + "@role.test")));
        deliverAll();
        Http http = new Http(port);
        String me = place.code().toLowerCase() + ":pw-" + place.code().toLowerCase();
        JsonNode before = http.ok("GET", "/api/me/notices", null, me);
        assertThat(before.get("enabled").asBoolean()).isTrue();
        assertThat(before.get("email").asText()).isEqualTo(place.secretaryMail());
        assertThat(http.ok("PUT", "/api/me/notices", "{\"enabled\":false}", me)
                        .get("enabled")
                        .asBoolean())
                .isFalse();
        assertThat(http.ok("GET", "/api/me/notices", null, me).get("enabled").asBoolean())
                .isFalse();
        assertThat(http.status("PUT", "/api/me/notices", "{}", me)).isEqualTo(400);
        assertThat(http.send("PUT", "/api/me/notices", "{\"enabled\":\"nein\"}", me)
                        .statusCode())
                .isEqualTo(400);
        assertThat(http.status("GET", "/api/me/notices", null, null)).isEqualTo(401);

        // the campaign's settings over HTTP: a bad robot address is a 400 naming the field
        var refused = http.send(
                "POST",
                "/api/campaigns",
                ("{\"county\":\"通知县\",\"countyCode\":\"nchttp\",\"year\":2026,"
                        + "\"townships\":[{\"code\":\"NH1\",\"name\":\"通知乡NH1\",\"organisations\":[{\"code\":\"NH1-B01\",\"name\":\"第一支部\",\"members\":30}]}],"
                        + "\"notices\":{\"townships\":{\"NH1\":{\"url\":\"javascript:alert(1)\"}}}}"),
                "admin:admin");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Http.MAPPER.readTree(refused.body()).get("field").asText()).isEqualTo("notices.townships.NH1.url");

        int before1 = inbox(place.secretaryMail()).size();
        driveUntil(instance(place.campaign()), "T2_SubmitConveneRequest");
        deliverAll();
        assertThat(inbox(place.secretaryMail())).hasSize(before1);
        assertThat(inbox("role-" + code + "@role.test").stream().map(NoticesTest::subject))
                .contains("【换届选举·新任务】提交召开党代会请示（" + place.name() + "）");

        http.ok("PUT", "/api/me/notices", "{\"enabled\":true}", me);
        timeline.seatsUnfilled(townshipId(place), Step.T7, null, "纪委委员", 1, null);
        deliverAll();
        assertThat(inbox(place.secretaryMail())).hasSize(before1 + 1);
    }

    @Test
    void robots_wecomMarkdownForTheTownship_dingtalkTextForTheCounty() throws Exception {
        String code = "NT" + (CODES.get() + 1);
        Place place = start(new NoticeSettingsRequest(
                new NoticeSettingsRequest.Webhook(ROBOTS.url("/ding/" + code), "DINGTALK", "text"),
                Map.of(code, new NoticeSettingsRequest.Webhook(ROBOTS.url("/wecom/" + code), null, null)),
                null));
        assertThat(deliverAll()).isEqualTo(2); // e-mail and the township's robot
        List<RobotServer.Post> township = ROBOTS.postsTo("/wecom/" + code);
        assertThat(township).hasSize(1);
        JsonNode wecom = Http.MAPPER.readTree(township.get(0).body());
        assertThat(wecom.get("msgtype").asText()).isEqualTo("markdown");
        assertThat(wecom.get("markdown").get("content").asText())
                .startsWith("#### 【换届选举·新任务】部署换届工作（" + place.name() + "）\n\n")
                .contains("期限：2026年11月5日");

        setClock(2026, 11, 6, 9);
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(place.campaign().townships().get(0).processInstanceId())
                .activityId("Timer_T1Deadline")
                .singleResult()
                .getId());
        assertThat(deliverAll()).isEqualTo(3); // e-mail, the township's robot, the county's robot
        JsonNode ding =
                Http.MAPPER.readTree(ROBOTS.postsTo("/ding/" + code).get(0).body());
        assertThat(ding.get("msgtype").asText()).isEqualTo("text");
        assertThat(ding.get("text").get("content").asText()).startsWith("【换届选举·逾期】" + place.name() + "「T1 部署换届工作」\n");
        assertThat(ROBOTS.postsTo("/wecom/" + code)).hasSize(2);
    }

    @Test
    void aFailingRobot_isRetriedThenAnIncidentInChinese() throws Exception {
        String code = "NT" + (CODES.get() + 1);
        Place place = start(new NoticeSettingsRequest(
                null,
                Map.of(
                        code,
                        new NoticeSettingsRequest.Webhook(
                                ROBOTS.url("/wecom/" + code + "/broken"), "WECOM", "markdown")),
                null));
        Job job = null;
        int attempts = 0;
        for (; attempts < 10; attempts++) {
            job =
                    management
                            .createJobQuery()
                            .processDefinitionKey(NoticeService.PROCESS_KEY)
                            .withRetriesLeft()
                            .list()
                            .stream()
                            .filter(j -> "WEBHOOK".equals(channel(j)))
                            .findFirst()
                            .orElse(null);
            if (job == null) {
                break;
            }
            String id = job.getId();
            assertThatThrownBy(() -> management.executeJob(id)).hasMessageContaining("通知发送失败");
        }
        deliverAll(); // the e-mail goes out all the same
        assertThat(attempts).isEqualTo(3);
        Incident incident = engine.getRuntimeService().createIncidentQuery().list().stream()
                .filter(i ->
                        i.getIncidentMessage() != null && i.getIncidentMessage().contains(place.name()))
                .findFirst()
                .orElseThrow();
        assertThat(incident.getIncidentMessage())
                .startsWith("通知发送失败：【换届选举·新任务】部署换届工作（" + place.name() + "）（群机器人）")
                .contains("群机器人回答HTTP 500");
        assertThat(inbox(place.secretaryMail())).hasSize(1);
    }

    private long townshipId(Place place) {
        return ((Number) engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(place.campaign().townships().get(0).processInstanceId())
                        .variableName("townshipId")
                        .singleResult()
                        .getValue())
                .longValue();
    }

    @Test
    void noNoticeCarriesVotesBallotsOrPersonalData_overAWholeTownship() throws Exception {
        String code = "NT" + (CODES.get() + 1);
        String org = code + "-B01";
        Map<String, String> roles = Map.of(
                "township-" + code,
                "s-" + code + "@role.test",
                "office-" + code,
                "o-" + code + "@role.test",
                "review-" + code,
                "r-" + code + "@role.test",
                "branch-" + org,
                "b-" + code + "@role.test");
        Place place = start(new NoticeSettingsRequest(
                new NoticeSettingsRequest.Webhook(ROBOTS.url("/county/" + code), null, null),
                Map.of(code, new NoticeSettingsRequest.Webhook(ROBOTS.url("/township/" + code), "DINGTALK", null)),
                roles));
        var pi = instance(place.campaign());
        var review = new Object() {
            boolean returned;
        };
        for (int guard = 0; guard < 300 && !openTasks(pi).isEmpty(); guard++) {
            var task = openTasks(pi).get(0);
            if (!review.returned && task.getTaskDefinitionKey().equals("T4_ReviewNominees")) {
                complete(task, Map.of("approved", false, "comment", "请调整候选人结构"));
                review.returned = true;
            } else {
                complete(task, Map.of());
            }
            deliverAll();
        }
        timeline.seatsUnfilled(townshipId(place), Step.T7, null, "党委委员", 1, null);
        deliverAll();

        List<String> texts = new ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (subject(m).contains(place.name())) {
                texts.add(text(m));
            }
        }
        ROBOTS.posts.stream().filter(p -> p.path().endsWith("/" + code)).forEach(p -> texts.add(p.body()));
        assertThat(texts).hasSizeGreaterThan(40); // every task of T1–T9, by e-mail and robot
        assertThat(String.join("\n", texts)).contains("退回理由：请调整候选人结构", "名额空缺", "登记党委委员选举结果", "登记代表选举结果");
        for (String text : texts) {
            assertThat(text).as("votes and ballots").doesNotContain("票").doesNotContainPattern("得\\d|\\d+人");
            assertThat(text)
                    .as("birth dates, ages, ID numbers")
                    .doesNotContainPattern("(19|20)\\d\\d-\\d\\d-\\d\\d")
                    .doesNotContain("出生")
                    .doesNotContain("岁")
                    .doesNotContainPattern("\\d{17}[\\dX]");
            assertThat(text)
                    .as("ethnicity, education, gender")
                    .doesNotContain("族")
                    .doesNotContain("学历")
                    .doesNotContain("大专")
                    .doesNotContain("本科")
                    .doesNotContain("性别")
                    .doesNotContain("女");
            assertThat(text).as("no one's address").doesNotContain("@");
        }
    }

    @Test
    void village_tasksOverdueAndUnfilledSeats_areTold() throws Exception {
        Place place = start(null);
        String village = place.code() + "V1";
        user(village.toLowerCase(), village.toLowerCase() + "@village.test");
        var created = villageCampaigns.start(
                new VillageCampaignRequest(
                        place.code(),
                        place.name(),
                        place.county(),
                        2026,
                        null,
                        List.of(new VillageCampaignRequest.VillageRequest(village, "新华村", Variant.VILLAGE, 300))),
                "admin");
        deliverAll();
        String pi = created.villages().get(0).processInstanceId();
        // the first village step is the township's: its secretary is told
        assertThat(inbox(place.secretaryMail()).stream().map(NoticesTest::subject))
                .contains("【换届选举·新任务】民主测评上届两委成员（" + place.name() + "·新华村）");

        // a village task has no follow-up date: it is reminded on the working day before its due date (Monday 30
        // November)
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(pi)
                        .list())
                .allMatch(t -> t.getFollowUpDate() == null);
        morning.run(ZonedDateTime.of(2026, 11, 27, 8, 45, 0, 0, ZONE).toInstant());
        deliverAll();
        assertThat(inbox(place.secretaryMail()).stream().map(NoticesTest::subject))
                .contains("【换届选举·任务即将到期】民主测评上届两委成员（" + place.name() + "·新华村）");

        setClock(2026, 12, 2, 9);
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(pi)
                .activityId("Timer_EvaluationDeadline")
                .singleResult()
                .getId());
        deliverAll();
        String overdue = "【换届选举·逾期】" + place.name() + "新华村「民主测评上届两委成员」";
        assertThat(inbox(place.countyMail()).stream().map(NoticesTest::subject)).contains(overdue);
        assertThat(inbox(place.secretaryMail()).stream().map(NoticesTest::subject))
                .contains(overdue);

        long villageId = ((Number) engine.getRuntimeService().getVariable(pi, "villageId")).longValue();
        villageTimeline.seatsUnfilled(villageId, VillageStep.COMMITTEE_ELECTION, "村民委员会委员", 2, null);
        deliverAll();
        MimeMessage unfilled = inbox(place.countyMail()).stream()
                .filter(m -> subject(m).contains("名额空缺"))
                .findFirst()
                .orElseThrow();
        assertThat(unfilled.getSubject()).isEqualTo("【换届选举·名额空缺】" + place.name() + "新华村选举结束后仍有名额空缺");
        assertThat(unfilled.getContent().toString()).contains("「村民委员会委员」选举结束后仍有2个名额空缺");
        assertThat(inbox(place.secretaryMail()).stream().map(NoticesTest::subject))
                .contains(unfilled.getSubject());

        // the township returns the village's report: the village is told, with the reason
        engine.getRuntimeService()
                .createProcessInstanceModification(pi)
                .startBeforeActivity("V8_ReviewOutcomeReport")
                .execute();
        var review = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi)
                .taskDefinitionKey("V8_ReviewOutcomeReport")
                .singleResult();
        engine.getTaskService().complete(review.getId(), Map.of("approved", false, "comment", "请补充交叉任职情况"));
        deliverAll();
        MimeMessage returned = inbox(village.toLowerCase() + "@village.test").stream()
                .filter(m -> subject(m).contains("退回"))
                .findFirst()
                .orElseThrow();
        assertThat(returned.getSubject()).isEqualTo("【换届选举·退回】审阅换届结果报告（" + place.name() + "·新华村）");
        assertThat(returned.getContent().toString()).contains("退回理由：请补充交叉任职情况");
    }

    @Test
    void theHourlyTimer_sendsTheMorningNotices_onAWorkingMorningOnly() throws Exception {
        Place place = start(null);
        driveUntil(instance(place.campaign()), "T2_SubmitConveneRequest");
        deliverAll();
        Job tick = management
                .createJobQuery()
                .processDefinitionKey("noticeMorning")
                .timers()
                .singleResult();
        assertThat(tick).as("one hourly timer, whatever the number of nodes").isNotNull();
        setClock(2026, 11, 17, 6); // Tuesday 06:00: too early
        management.executeJob(tick.getId());
        assertThat(deliverAll()).isZero();
        tick = management
                .createJobQuery()
                .processDefinitionKey("noticeMorning")
                .timers()
                .singleResult();
        setClock(2026, 11, 17, 9);
        management.executeJob(tick.getId());
        assertThat(deliverAll()).isPositive();
        assertThat(inbox(place.countyMail()).stream().map(NoticesTest::subject))
                .anyMatch(s -> s.startsWith("【换届选举·每日汇总】2026年11月17日"));
    }

    @Test
    void aCampaignStartedByTheCountyOverHttp_tellsItsTownshipsOfTheirFirstTask() throws Exception {
        String county = "nchttp" + CODES.incrementAndGet();
        String code = "NH" + CODES.get();
        user(code.toLowerCase(), code.toLowerCase() + "@township.test");
        user("county-" + county, county + "@county.test");
        var group = identity.newGroup("county-" + county);
        group.setName("县委组织部");
        group.setType("WORKFLOW");
        identity.saveGroup(group);
        identity.createMembership("county-" + county, "county-" + county);
        String body =
                ("{\"county\":\"通知县\",\"countyCode\":\"%s\",\"year\":2026,\"townships\":[{\"code\":\"%s\",\"name\":\"通知乡%s\","
                                + "\"organisations\":[{\"code\":\"%s-B01\",\"name\":\"第一支部\",\"members\":30}]}],"
                                + "\"notices\":{\"townships\":{\"%s\":{\"url\":\"%s\",\"format\":\"DINGTALK\"}}}}")
                        .formatted(county, code, code, code, code, ROBOTS.url("/http/" + code));
        var answer = new Http(port).send("POST", "/api/campaigns", body, "county-" + county + ":pw-county-" + county);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        deliverAll();
        assertThat(inbox(code.toLowerCase() + "@township.test"))
                .extracting(MimeMessage::getSubject)
                .containsExactly("【换届选举·新任务】部署换届工作（通知乡" + code + "）");
        JsonNode ding =
                Http.MAPPER.readTree(ROBOTS.postsTo("/http/" + code).get(0).body());
        assertThat(ding.get("markdown").get("title").asText()).isEqualTo("【换届选举·新任务】部署换届工作（通知乡" + code + "）");
        assertThat(ding.get("markdown").get("text").asText()).contains("请登录任务列表（Tasklist）办理");
    }

    private String channel(Job job) {
        return (String) engine.getRuntimeService().getVariable(job.getExecutionId(), "channel");
    }

    @Test
    void badSettings_are400NamingTheField_andNothingStarts() {
        String code = "NT" + (CODES.get() + 1);
        long before = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("townshipReelection")
                .count();
        assertThatThrownBy(() -> start(new NoticeSettingsRequest(
                        null, Map.of(code, new NoticeSettingsRequest.Webhook("ftp://robot.test/x", null, null)), null)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.field()).isEqualTo("notices.townships." + code + ".url"));
        assertThatThrownBy(() -> start(new NoticeSettingsRequest(
                        new NoticeSettingsRequest.Webhook("https://", null, null), null, null)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.field()).isEqualTo("notices.county.url"));
        assertThatThrownBy(() -> start(new NoticeSettingsRequest(
                        new NoticeSettingsRequest.Webhook(
                                "https://oapi.dingtalk.com/robot/send?access_token=x", "SLACK", null),
                        null,
                        null)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.field()).isEqualTo("notices.county.format"));
        assertThatThrownBy(() -> start(new NoticeSettingsRequest(
                        null, Map.of("XX9", new NoticeSettingsRequest.Webhook("https://a.test/", null, null)), null)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.field()).isEqualTo("notices.townships.XX9"));
        assertThatThrownBy(() ->
                        start(new NoticeSettingsRequest(null, null, Map.of("township-" + code, "not-an-address"))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.field()).isEqualTo("notices.emails.township-" + code));
        assertThatThrownBy(() -> start(new NoticeSettingsRequest(null, null, Map.of("township-ELSEWHERE", "a@b.test"))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.field()).isEqualTo("notices.emails.township-ELSEWHERE"));
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey("townshipReelection")
                        .count())
                .isEqualTo(before);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
