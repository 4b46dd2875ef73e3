package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.county.reelection.campaign.Step;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.timeline.TimelineService;
import cn.county.reelection.village.VillageRepository;
import cn.county.reelection.village.VillageStep;
import cn.county.reelection.village.VillageTimeline;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A race that ends with seats unfilled is never silent: the process reports it through
 * {@link TimelineService#seatsUnfilled}; the board shows the step as ACTION_NEEDED (over its deadline
 * state, DONE included) and counts it, the county's alerts and the township's history name it, until
 * {@link TimelineService#unfilledResolved} — read over HTTP as the county and a township would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnfilledSeatsOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    TimelineService timeline;

    @Autowired
    VillageTimeline villageTimeline;

    @Autowired
    TownshipRepository townships;

    @Autowired
    VillageRepository villages;

    @Test
    void unfilledSeats_showAsActionNeeded_alertTheCounty_andClearWhenResolved() throws Exception {
        Http http = new Http(port);
        JsonNode created = Http.MAPPER.readTree(
                http.send("POST", "/api/campaigns", """
        {"county":"空缺县","countyCode":"vac","year":2031,
         "townships":[
           {"code":"UFA","name":"甲乡","organisations":[{"code":"UFA-B1","name":"一支部","members":20},{"code":"UFA-B2","name":"二支部","members":25}]},
           {"code":"UFB","name":"乙乡","organisations":[{"code":"UFB-B1","name":"一支部","members":30}]}]}""", "admin:admin").body());
        long campaignId = created.get("id").asLong();
        String county = account(created, "county-vac");
        String townshipB = account(created, "ufb");
        long a = townships.findByBusinessKey("2031-UFA").orElseThrow().getId();
        String board = "/api/campaigns/" + campaignId + "/board";
        String alerts = "/api/campaigns/" + campaignId + "/alerts";
        assertThat(cell(http.ok("GET", board, null, county), 0, "T1")
                        .get("state")
                        .asText())
                .isEqualTo("OPEN");

        Instant congress = Instant.parse("2031-11-28T06:00:00Z");
        timeline.seatsUnfilled(a, Step.T7, null, "党委委员", 2, congress);
        timeline.seatsUnfilled(a, Step.T3, "UFA-B2", "党代会代表", 1, congress.minusSeconds(86_400));
        // the deadline timer of T8 fires after its due date: the timeline flags only a step whose deadline has passed
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2032-01-05T02:00:00Z")));
        try {
            timeline.overdue(a, Step.T8);
        } finally {
            ClockUtil.reset();
        }
        timeline.seatsUnfilled(a, Step.T8, null, "纪委书记", 1, congress.plusSeconds(60));

        JsonNode countyBoard = http.ok("GET", board, null, county);
        JsonNode row = countyBoard.get("townships").get(0);
        JsonNode t7 = cell(countyBoard, 0, "T7");
        assertThat(t7.get("state").asText()).isEqualTo("ACTION_NEEDED");
        assertThat(t7.get("deadlineState").asText()).isEqualTo("NOT_STARTED");
        assertThat(t7.get("unfilled")).hasSize(1);
        assertThat(t7.get("unfilled").get(0).get("race").asText()).isEqualTo("党委委员");
        assertThat(t7.get("unfilled").get(0).get("seats").asInt()).isEqualTo(2);
        assertThat(t7.get("unfilled").get(0).has("organisation")).isFalse();
        JsonNode t3 = cell(countyBoard, 0, "T3");
        assertThat(t3.get("state").asText()).isEqualTo("ACTION_NEEDED");
        assertThat(t3.get("unfilled").get(0).get("organisation").asText()).isEqualTo("二支部");
        assertThat(t3.get("unfilled").get(0).get("race").asText()).isEqualTo("党代会代表");
        // needing action does not hide the missed deadline: the step is counted as overdue as before
        JsonNode t8 = cell(countyBoard, 0, "T8");
        assertThat(t8.get("state").asText()).isEqualTo("ACTION_NEEDED");
        assertThat(t8.get("deadlineState").asText()).isEqualTo("OVERDUE");
        assertThat(row.get("actionNeededCount").asInt()).isEqualTo(3);
        assertThat(row.get("overdueCount").asInt()).isEqualTo(1);
        assertThat(cell(countyBoard, 0, "T2").has("deadlineState")).isFalse();
        assertThat(cell(countyBoard, 0, "T2").has("unfilled")).isFalse();
        JsonNode other = countyBoard.get("townships").get(1);
        assertThat(other.get("actionNeededCount").asInt()).isZero();
        assertThat(other.get("steps").findValuesAsText("state")).doesNotContain("ACTION_NEEDED");

        List<JsonNode> unfilled = kind(http.ok("GET", alerts, null, county), "UNFILLED_SEATS");
        assertThat(unfilled).hasSize(3);
        assertThat(unfilled.get(0).get("step").asText()).isEqualTo("T3"); // oldest first
        // each names the township, the organisation if any, the race, the seats, and what comes next
        assertThat(unfilled.get(0).get("message").asText())
                .isEqualTo("甲乡二支部「党代会代表」选举结束后仍有1个名额空缺（T3 选举产生党代会代表）。"
                        + "下一步：乡党委书记决定重新组织该党组织的代表选举，或保留缺额并写明理由；处理之前，看板上该步骤显示为“需处理”。");
        assertThat(unfilled.get(1).get("message").asText())
                .startsWith("甲乡「党委委员」选举结束后仍有2个名额空缺（T7 召开党代表大会）。下一步：乡党委书记写明缺额的处理意见并报告县委组织部");
        assertThat(unfilled.get(2).get("message").asText())
                .startsWith("甲乡「纪委书记」选举结束后仍有1个名额空缺（T8 召开两委一次全会）。下一步：由县委组织部决定提出新的候选人");
        assertThat(unfilled.get(1).get("townshipCode").asText()).isEqualTo("UFA");
        assertThat(unfilled.get(1).get("dueDate").asText()).isNotBlank();
        // another township's people see none of it
        assertThat(kind(http.ok("GET", alerts, null, townshipB), "UNFILLED_SEATS"))
                .isEmpty();
        assertThat(http.ok("GET", "/api/townships/2031-UFA/history", null, county)
                        .findValuesAsText("kind"))
                .contains("UNFILLED_SEATS");

        // a further count of the same race replaces the number; it stays one report
        timeline.seatsUnfilled(a, Step.T7, null, "党委委员", 1, congress.plusSeconds(3600));
        t7 = cell(http.ok("GET", board, null, county), 0, "T7");
        assertThat(t7.get("unfilled")).hasSize(1);
        assertThat(t7.get("unfilled").get(0).get("seats").asInt()).isEqualTo(1);

        // the congress finished with the seat still vacant: the step needs action, DONE underneath
        timeline.completed(a, Step.T7);
        t7 = cell(http.ok("GET", board, null, county), 0, "T7");
        assertThat(t7.get("state").asText()).isEqualTo("ACTION_NEEDED");
        assertThat(t7.get("deadlineState").asText()).isEqualTo("DONE");

        // the county decides: the step shows its deadline state again, the alert says so, once
        timeline.unfilledResolved(a, Step.T7, null, congress.plusSeconds(7200));
        timeline.unfilledResolved(a, Step.T7, null, congress.plusSeconds(9000));
        timeline.unfilledResolved(a, Step.T3, null, congress.plusSeconds(7200)); // another organisation's: nothing
        countyBoard = http.ok("GET", board, null, county);
        t7 = cell(countyBoard, 0, "T7");
        assertThat(t7.get("state").asText()).isEqualTo("DONE");
        assertThat(t7.has("deadlineState")).isFalse();
        assertThat(cell(countyBoard, 0, "T3").get("state").asText()).isEqualTo("ACTION_NEEDED");
        assertThat(countyBoard.get("townships").get(0).get("actionNeededCount").asInt())
                .isEqualTo(2);
        List<JsonNode> resolved = kind(http.ok("GET", alerts, null, county), "UNFILLED_RESOLVED");
        assertThat(resolved).hasSize(1);
        assertThat(resolved.get(0).get("message").asText()).startsWith("甲乡「党委委员」的1个空缺名额已处理");
        assertThat(resolved.get(0).get("occurredAt").asText()).isEqualTo("2031-11-28T08:00:00Z");

        timeline.unfilledResolved(a, Step.T3, "UFA-B2", "党委委员", null); // another race of the step: nothing
        assertThat(cell(http.ok("GET", board, null, county), 0, "T3")
                        .get("state")
                        .asText())
                .isEqualTo("ACTION_NEEDED");
        timeline.unfilledResolved(a, Step.T3, "UFA-B2", "党代会代表", null);
        timeline.unfilledResolved(a, Step.T8, null, null);
        countyBoard = http.ok("GET", board, null, county);
        assertThat(countyBoard.get("townships").get(0).get("steps").findValuesAsText("state"))
                .doesNotContain("ACTION_NEEDED");
        assertThat(cell(countyBoard, 0, "T8").get("state").asText()).isEqualTo("OVERDUE");
        assertThat(http.ok("GET", "/api/townships/2031-UFA/history", null, county)
                        .findValuesAsText("kind"))
                .contains("UNFILLED_SEATS", "UNFILLED_RESOLVED");

        // reports the process could not mean are refused, and change nothing
        assertThatThrownBy(() -> timeline.seatsUnfilled(a, Step.T7, null, "党委委员", 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> timeline.seatsUnfilled(a, Step.T7, null, " ", 1, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> timeline.seatsUnfilled(a, Step.T3, "UFB-B1", "党代会代表", 1, null))
                .isInstanceOf(IllegalArgumentException.class); // another township's organisation
        assertThat(http.ok("GET", board, null, county)
                        .get("townships")
                        .get(0)
                        .get("actionNeededCount")
                        .asInt())
                .isZero();
    }

    @Test
    void villageBoard_showsTheSameState() throws Exception {
        Http http = new Http(port);
        JsonNode created = Http.MAPPER.readTree(
                http.send("POST", "/api/village-campaigns", """
        {"townshipCode":"UFV","townshipName":"丙镇","year":2031,
         "villages":[{"code":"UFV-C01","name":"杨家村","variant":"VILLAGE","households":320}]}""", "admin:admin").body());
        long village = villages.findByBusinessKey("2031-UFV-C01").orElseThrow().getId();
        String board = "/api/village-campaigns/" + created.get("id").asLong() + "/board";

        villageTimeline.seatsUnfilled(village, VillageStep.COMMITTEE_ELECTION, "村民委员会委员", 1, null);
        JsonNode row =
                http.ok("GET", board, null, "admin:admin").get("townships").get(0);
        JsonNode election = row.get("steps").get(VillageStep.COMMITTEE_ELECTION.ordinal());
        assertThat(election.get("state").asText()).isEqualTo("ACTION_NEEDED");
        assertThat(election.get("unfilled").get(0).get("race").asText()).isEqualTo("村民委员会委员");
        assertThat(row.get("actionNeededCount").asInt()).isEqualTo(1);

        villageTimeline.unfilledResolved(village, VillageStep.COMMITTEE_ELECTION, null);
        row = http.ok("GET", board, null, "admin:admin").get("townships").get(0);
        assertThat(row.get("steps").findValuesAsText("state")).doesNotContain("ACTION_NEEDED");
    }

    private static JsonNode cell(JsonNode board, int row, String step) {
        for (JsonNode c : board.get("townships").get(row).get("steps")) {
            if (c.get("step").asText().equals(step)) {
                return c;
            }
        }
        throw new AssertionError("no " + step);
    }

    private static List<JsonNode> kind(JsonNode alerts, String kind) {
        List<JsonNode> found = new ArrayList<>();
        alerts.forEach(a -> {
            if (a.get("kind").asText().equals(kind)) {
                found.add(a);
            }
        });
        return found;
    }

    private static String account(JsonNode created, String userId) {
        for (JsonNode a : created.get("accounts")) {
            if (a.get("userId").asText().equals(userId)) {
                return userId + ":" + a.get("password").asText();
            }
        }
        throw new AssertionError("no account " + userId);
    }
}
