package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** R10: {@code POST /api/tally} with the anonymous ballots as {@code text/csv}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BallotCsvOverHttpTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String query, String contentType, String csv) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tally?" + query))
                                .header("Content-Type", contentType)
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void r10_csvBallotsAreCountedLikeJson_voidBlankAndWriteIn() throws Exception {
        // 5 present for 2 seats among 张三, 李四, 王五: one void (three names), one blank, one write-in
        String csv = "张三,李四\r\n张三,李四\r\n张三,李四,王五\r\n\r\n张三,赵六\r\n";
        HttpResponse<String> answer = post(
                "kind=COMPETITIVE&seats=2&minimumCandidates=3&entitled=6&present=5"
                        + "&candidates=张三&candidates=李四&candidates=王五"
                                .replace("张三", "%E5%BC%A0%E4%B8%89")
                                .replace("李四", "%E6%9D%8E%E5%9B%9B")
                                .replace("王五", "%E7%8E%8B%E4%BA%94"),
                "text/csv",
                csv);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode result = Http.MAPPER.readTree(answer.body());
        assertThat(result.get("valid").asBoolean()).isTrue();
        assertThat(result.get("ballotsCast").asInt()).isEqualTo(5);
        assertThat(result.get("ballotsVoid").asInt()).isEqualTo(1);
        assertThat(result.get("elected").toString()).isEqualTo("[\"张三\"]"); // 3 of 5; 李四 has 2, not more than half
        assertThat(result.get("unfilledSeats").asInt()).isEqualTo(1);
        assertThat(result.findValues("name").toString()).contains("赵六");
    }

    @Test
    void r10_csvWithoutTheRaceIsA400NamingTheField() throws Exception {
        HttpResponse<String> answer = post("kind=COMPETITIVE&entitled=6&present=5", "text/csv; charset=UTF-8", "甲\n");
        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode error = Http.MAPPER.readTree(answer.body());
        assertThat(error.get("field").asText()).isEqualTo("seats");
        assertThat(error.get("rule").asText()).isEqualTo("R5");
    }
}
