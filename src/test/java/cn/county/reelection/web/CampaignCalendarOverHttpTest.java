package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A campaign's own calendar through {@code POST /api/campaigns}:
 * stored and answered with the campaign, deadlines moved by it, bad dates refused with the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CampaignCalendarOverHttpTest {

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void clock() {
        http = new Http(port);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 16, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"))
                .toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void t3_campaignHolidayMovesTheDeadline_andTheBoardShowsDueSoonOverHttp() throws Exception {
        String body = """
        {"county":"日历县","countyCode":"cal","year":2026,
         "deadlines":{"T1":"2026-11-17","T2":"2026-11-18","T7":"2026-11-29"},
         "calendar":{"holidays":["2026-11-20"],"workdays":["2026-11-21"]},
         "townships":[{"code":"CAL01","name":"日历乡","organisations":[{"code":"CAL01-B01","name":"第一支部","members":30}]}]}""";
        HttpResponse<String> created = http.send("POST", "/api/campaigns", body, "admin:admin");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode campaign = Http.MAPPER.readTree(created.body());
        assertThat(campaign.at("/deadlines/T3").asText()).isEqualTo("2026-11-19"); // the 20th is the campaign's holiday
        assertThat(campaign.at("/deadlines/T7").asText()).isEqualTo("2026-11-27"); // Sunday the 29th → Friday
        assertThat(campaign.at("/deadlines/T9").asText()).isEqualTo("2026-12-02"); // three working days after T8
        assertThat(campaign.at("/calendar/holidays/0").asText()).isEqualTo("2026-11-20");

        JsonNode stored = http.ok("GET", "/api/campaigns/" + campaign.get("id").asLong(), null, "admin:admin");
        assertThat(stored.at("/calendar/workdays/0").asText()).isEqualTo("2026-11-21");

        JsonNode board =
                http.ok("GET", "/api/campaigns/" + campaign.get("id").asLong() + "/board", null, "admin:admin");
        JsonNode t1 = board.at("/townships/0/steps/0");
        assertThat(t1.get("dueDate").asText()).isEqualTo("2026-11-17");
        assertThat(t1.get("state").asText()).isEqualTo("DUE_SOON");
        assertThat(board.at("/townships/0/overdueCount").asInt()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
      day both off and worked     | calendar.workdays[0]  | {"holidays":["2026-11-20"],"workdays":["2026-11-20"]}
      day far from the year       | calendar.holidays[1]  | {"holidays":["2026-11-20","2062-11-20"]}
      empty day                   | calendar.holidays[0]  | {"holidays":[null]}
      not a date                  | calendar.workdays[0]  | {"workdays":["11月21日"]}
      unknown field               | calendar.weekends     | {"weekends":["SATURDAY"]}
      """)
    void campaignCalendar_badDayIs400NamingTheField_andStartsNothing(String why, String field, String calendar)
            throws Exception {
        long before = http.ok("GET", "/engine-rest/process-instance/count", null, "admin:admin")
                .get("count")
                .asLong();
        String body = """
        {"county":"日历县","countyCode":"cal","year":2026,"calendar":%s,
         "townships":[{"code":"CALBAD","name":"日历乡","organisations":[{"code":"CALBAD-B01","name":"第一支部","members":30}]}]}""".formatted(calendar);

        HttpResponse<String> refused = http.send("POST", "/api/campaigns", body, "admin:admin");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = Http.MAPPER.readTree(refused.body());
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(http.ok("GET", "/engine-rest/process-instance/count", null, "admin:admin")
                        .get("count")
                        .asLong())
                .isEqualTo(before);
    }
}
