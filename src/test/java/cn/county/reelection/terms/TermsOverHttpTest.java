package cn.county.reelection.terms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.village.VillageRepository;
import cn.county.reelection.village.VillageTimeline;
import cn.county.reelection.web.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The term register over HTTP (DOMAIN.md R1, T1 term): a township run through T7 by the happy-path script gets its
 * committee's term from its congress day; the six-month warning, who may read the register and the draft of the
 * next campaign from the terms that end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TermsOverHttpTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TM02_ELECTED = LocalDate.of(2027, 11, 26);

    @LocalServerPort
    int port;

    @Autowired
    TermRegister register;

    @Autowired
    VillageTimeline villageTimeline;

    @Autowired
    VillageRepository villages;

    private Http http;
    private final Map<String, String> login = new HashMap<>();

    @BeforeAll
    void runTownshipTm01ThroughItsCongress() throws Exception {
        http = new Http(port);
        at(LocalDate.of(2026, 11, 1));
        HttpResponse<String> started = http.send("POST", "/api/campaigns", """
        {"county":"任期县","countyCode":"termc","year":2026,
         "deadlines":{"T2":"2026-11-10","T3":"2026-11-20","T4":"2026-11-20","T7":"2026-11-30","T9":"2026-12-03"},
         "townships":[
           {"code":"TM01","name":"羊岑乡","organisations":[{"code":"TM01-B01","name":"第一支部","members":42},{"code":"TM01-B02","name":"第二支部","members":30}]},
           {"code":"TM02","name":"石鼓镇","organisations":[{"code":"TM02-B01","name":"第一支部","members":25}]}]}""", "admin:admin");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        JsonNode campaign = Http.MAPPER.readTree(started.body());
        campaign.get("accounts")
                .forEach(a -> login.put(
                        a.get("userId").asText(),
                        a.get("userId").asText() + ":" + a.get("password").asText()));
        String instance =
                campaign.get("townships").get(0).get("processInstanceId").asText();
        int completed = 0;
        for (JsonNode tasks = http.openTasks(instance, "admin:admin");
                !tasks.isEmpty();
                tasks = http.openTasks(instance, "admin:admin")) {
            JsonNode task = tasks.get(0);
            HttpResponse<String> done = http.send(
                    "POST",
                    "/engine-rest/task/" + task.get("id").asText() + "/complete",
                    http.scriptedCompletion(task, "admin:admin"),
                    "admin:admin");
            assertThat(done.statusCode())
                    .as(task.get("taskDefinitionKey").asText() + ": " + done.body())
                    .isEqualTo(204);
            assertThat(++completed).isLessThan(100);
        }
    }

    @AfterEach
    void backToTheCampaignsDay() {
        at(LocalDate.of(2026, 11, 1));
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void r1_termEndsFiveYearsAfterElection() throws Exception {
        JsonNode tm01 = term(http.ok("GET", "/api/terms", null, login.get("county-termc")), "TM01");
        assertThat(tm01.get("body").asText()).isEqualTo("TOWNSHIP_COMMITTEE");
        assertThat(tm01.get("bodyLabel").asText()).isEqualTo("乡镇党委");
        assertThat(tm01.get("county").asText()).isEqualTo("任期县");
        assertThat(tm01.get("source").asText()).isEqualTo("T7");
        // the congress day the township planned at T1 (the script's), not the day the last task closed
        assertThat(tm01.get("termStart").asText()).isEqualTo("2026-11-28");
        assertThat(tm01.get("termEnd").asText()).isEqualTo("2031-11-28");
        assertThat(tm01.get("endingSoon").asBoolean()).isFalse();
        assertThat(tm01.get("ended").asBoolean()).isFalse();
    }

    @Test
    void t1_endingSoonFromSixMonthsBeforeTheEnd_boundaryIncluded() throws Exception {
        at(LocalDate.of(2031, 5, 27));
        assertThat(term(http.ok("GET", "/api/terms", null, login.get("county-termc")), "TM01")
                        .get("endingSoon")
                        .asBoolean())
                .isFalse();
        at(LocalDate.of(2031, 5, 28));
        assertThat(term(http.ok("GET", "/api/terms", null, login.get("county-termc")), "TM01")
                        .get("endingSoon")
                        .asBoolean())
                .isTrue();
        at(LocalDate.of(2031, 11, 29));
        JsonNode after = term(http.ok("GET", "/api/terms", null, login.get("county-termc")), "TM01");
        assertThat(after.get("endingSoon").asBoolean()).isTrue();
        assertThat(after.get("ended").asBoolean()).isTrue();

        // six calendar months from a month's last day end on the last day of the sixth month
        assertThat(TermRegister.endingSoon(LocalDate.of(2032, 2, 29), LocalDate.of(2031, 8, 31)))
                .isTrue();
        assertThat(TermRegister.endingSoon(LocalDate.of(2032, 3, 1), LocalDate.of(2031, 8, 31)))
                .isFalse();
    }

    @Test
    void r11_theCountySeesItsCounty_aSecretaryTheOwnTownship_othersAre403() throws Exception {
        electTm02();
        register.record(
                TermBody.TOWNSHIP_COMMITTEE,
                "elsewhere",
                "别县",
                "EW01",
                "别乡",
                "EW01",
                "别乡",
                LocalDate.of(2022, 11, 25),
                "DEMO");

        assertThat(townships(http.ok("GET", "/api/terms", null, login.get("county-termc"))))
                .containsExactly("TM01", "TM02");
        // the administrator sees every county (other suites' townships too, in the shared test database)
        assertThat(townships(http.ok("GET", "/api/terms", null, "admin:admin"))).contains("EW01", "TM01", "TM02");
        assertThat(townships(http.ok("GET", "/api/terms", null, login.get("tm01"))))
                .containsExactly("TM01");
        assertThat(townships(http.ok("GET", "/api/terms", null, login.get("tm02"))))
                .containsExactly("TM02");

        for (String other : List.of("tm01-office", "tm01-review", "tm01-b01")) {
            HttpResponse<String> refused = http.send("GET", "/api/terms", null, login.get(other));
            assertThat(refused.statusCode()).as(other).isEqualTo(403);
            assertThat(refused.body()).contains("R11");
        }
        assertThat(http.status("GET", "/api/terms", null, null)).isEqualTo(401);
        // the draft of a campaign is the county's act
        assertThat(http.status("GET", "/api/terms/campaign-draft?year=2031&countyCode=termc", null, login.get("tm01")))
                .isEqualTo(403);
        assertThat(http.status(
                        "GET",
                        "/api/terms/campaign-draft?year=2031&countyCode=elsewhere",
                        null,
                        login.get("county-termc")))
                .isEqualTo(403);
    }

    @Test
    void r1_campaignDraftFromEndingTerms_isAcceptedByTheCampaignApi() throws Exception {
        electTm02();
        String county = login.get("county-termc");
        JsonNode draft = http.ok("GET", "/api/terms/campaign-draft?year=2031", null, county);
        assertThat(draft.get("county").asText()).isEqualTo("任期县");
        assertThat(draft.get("countyCode").asText()).isEqualTo("termc");
        assertThat(draft.get("year").asInt()).isEqualTo(2031);
        assertThat(draft.get("townships").findValuesAsText("code")).containsExactly("TM01", "TM01-B01", "TM01-B02");
        assertThat(draft.get("townships").get(0).get("organisations").findValuesAsText("members"))
                .containsExactly("42", "30");
        // the seed's deadlines for that year, moved to working days
        assertThat(draft.get("deadlines").get("T2").asText()).isEqualTo("2031-11-10");
        assertThat(LocalDate.parse(draft.get("deadlines").get("T7").asText()))
                .isBetween(LocalDate.of(2031, 11, 26), LocalDate.of(2031, 11, 30));

        List<String> both = new ArrayList<>();
        http.ok("GET", "/api/terms/campaign-draft?year=2032", null, county)
                .get("townships")
                .forEach(t -> both.add(t.get("code").asText()));
        assertThat(both).containsExactly("TM01", "TM02");

        HttpResponse<String> none = http.send("GET", "/api/terms/campaign-draft?year=2030", null, county);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(Http.MAPPER.readTree(none.body()).get("field").asText()).isEqualTo("year");
        HttpResponse<String> noYear = http.send("GET", "/api/terms/campaign-draft", null, county);
        assertThat(noYear.statusCode()).isEqualTo(400);
        assertThat(Http.MAPPER.readTree(noYear.body()).get("rule").asText()).isEqualTo("R1");

        HttpResponse<String> started = http.send("POST", "/api/campaigns", draft.toString(), county);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(Http.MAPPER.readTree(started.body()).get("townships").findValuesAsText("businessKey"))
                .containsExactly("2031-TM01");
    }

    @Test
    void t1_termsPage_isServedUnderTheBoardsPolicy_andNeedsNoLoginToLoad() throws Exception {
        HttpResponse<String> page = http.send("GET", "/terms", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("任期登记", "terms.js", "board.css");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(http.send("GET", "/terms.js", null, null).body()).contains("api/terms/campaign-draft");
    }

    @Test
    void v10_villageCommitteeAndBranch_serveFiveYearsFromTheirElectionDays() throws Exception {
        HttpResponse<String> started = http.send("POST", "/api/village-campaigns", """
        {"townshipCode":"TM03","townshipName":"金江镇","countyCode":"termc","year":2026,
         "villages":[{"code":"TM03-C01","name":"杨家村","variant":"VILLAGE","households":320}]}""", "admin:admin");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        JsonNode created = Http.MAPPER.readTree(started.body());
        created.get("accounts")
                .forEach(a -> login.put(
                        a.get("userId").asText(),
                        a.get("userId").asText() + ":" + a.get("password").asText()));
        // the village process's own completion points (villageStepTracker.completed in the BPMN), at their days: V10
        // branch after the committee
        DelegateExecution execution = Mockito.mock(DelegateExecution.class);
        Mockito.when(execution.getVariable("villageId"))
                .thenReturn(villages.findByBusinessKey("2026-TM03-C01")
                        .orElseThrow()
                        .getId());
        at(LocalDate.of(2027, 3, 15));
        villageTimeline.completed(execution, "COMMITTEE_ELECTION");
        at(LocalDate.of(2027, 3, 22));
        villageTimeline.completed(execution, "BRANCH_ELECTION");
        villageTimeline.completed(execution, "SET_UP"); // not an election: no term

        List<String> seen = new ArrayList<>();
        for (JsonNode term : http.ok("GET", "/api/terms", null, login.get("tm03"))) {
            assertThat(term.get("townshipCode").asText()).isEqualTo("TM03");
            assertThat(term.get("unitName").asText()).isEqualTo("杨家村");
            seen.add(term.get("body").asText() + " " + term.get("termStart").asText() + "–"
                    + term.get("termEnd").asText());
        }
        assertThat(seen)
                .containsExactly("VILLAGE_COMMITTEE 2027-03-15–2032-03-15", "VILLAGE_BRANCH 2027-03-22–2032-03-22");
        // a village's own people do not read the register
        assertThat(http.status("GET", "/api/terms", null, login.get("tm03-c01")))
                .isEqualTo(403);
    }

    private void electTm02() {
        register.record(
                TermBody.TOWNSHIP_COMMITTEE, "termc", "任期县", "TM02", "石鼓镇", "TM02", "石鼓镇", TM02_ELECTED, "DEMO");
    }

    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(
                Date.from(ZonedDateTime.of(day.atTime(9, 0), ZONE).toInstant()));
    }

    private static JsonNode term(JsonNode terms, String townshipCode) {
        for (JsonNode term : terms) {
            if (term.get("townshipCode").asText().equals(townshipCode)
                    && term.get("body").asText().equals("TOWNSHIP_COMMITTEE")) {
                return term;
            }
        }
        throw new AssertionError("no term of " + townshipCode + " in " + terms);
    }

    private static List<String> townships(JsonNode terms) {
        List<String> codes = new ArrayList<>();
        terms.forEach(t -> {
            if (t.get("body").asText().equals("TOWNSHIP_COMMITTEE")) {
                codes.add(t.get("townshipCode").asText());
            }
        });
        return codes.stream().sorted().toList();
    }
}
