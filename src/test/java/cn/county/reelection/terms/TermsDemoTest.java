package cn.county.reelection.terms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.web.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The demo county carries its outgoing committees' terms, so the register is not empty on first start (T1 term). */
@Tag("own-context")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:terms-demo;DB_CLOSE_DELAY=-1", "reelection.demo.enabled=true"})
@ActiveProfiles("test")
class TermsDemoTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Test
    void t1_demoSeededListNotEmpty_twoEndingSoon_andTheCountyDraftsItsNextCampaignFromThem() throws Exception {
        Http http = new Http(port);
        LocalDate today = LocalDate.now(clock);
        JsonNode terms = http.ok("GET", "/api/terms", null, "county-demo:demo");
        assertThat(terms.findValuesAsText("townshipName")).containsExactly("羊岑乡", "石鼓镇", "金江镇");
        assertThat(terms.findValuesAsText("county")).containsOnly("示例县");
        assertThat(terms.findValuesAsText("termEnd"))
                .containsExactly(
                        today.plusMonths(2).toString(),
                        today.plusMonths(5).toString(),
                        today.plusMonths(10).toString());
        assertThat(terms.findValuesAsText("endingSoon")).containsExactly("true", "true", "false");
        assertThat(LocalDate.parse(terms.get(0).get("termStart").asText()))
                .isEqualTo(today.plusMonths(2).minusYears(5));

        // a year after the demo's own campaign, so the business keys differ; the demo's organisations come along
        int year = today.plusMonths(10).getYear() + 1;
        JsonNode draft = http.ok("GET", "/api/terms/campaign-draft?year=" + year, null, "county-demo:demo");
        assertThat(draft.get("townships").findValuesAsText("name"))
                .startsWith("羊岑乡")
                .contains("石鼓镇", "金江镇", "机关支部");
        HttpResponse<String> started = http.send("POST", "/api/campaigns", draft.toString(), "county-demo:demo");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    }
}
