package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The OpenAPI document the service publishes: every operation under {@code /api} has a summary, and every one
 * that takes a body shows an example of it, so that the document alone tells a caller what to send.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiDocumentationOverHttpTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    @LocalServerPort
    int port;

    @Test
    void everyApiOperation_hasASummary_andEveryBodyAnExample() throws Exception {
        JsonNode doc = new Http(port).ok("GET", "/v3/api-docs", null, "admin:admin");
        List<String> operations = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/") && !path.getKey().equals("/api")) {
                continue;
            }
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                String name = method.toUpperCase() + " " + path.getKey();
                operations.add(name);
                if (!operation.hasNonNull("summary")
                        || operation.get("summary").asText().isBlank()) {
                    problems.add(name + ": no summary");
                }
                JsonNode body = operation.get("requestBody");
                if (body != null && !hasExample(body)) {
                    problems.add(name + ": request body without example");
                }
            }
        }
        assertThat(operations)
                .contains(
                        "POST /api/campaigns",
                        "POST /api/campaigns/import",
                        "GET /api/campaigns/{id}/summary.docx",
                        "POST /api/tally",
                        "GET /api/village-campaigns/{id}/summary.xlsx");
        assertThat(problems).isEmpty();
    }

    /** An example for each media type the body accepts: {@code example}, {@code examples} or the schema's example. */
    @Test
    void workbookImports_answer201WithTheBodyOfTheFormsStart_aComponentOfTheDocument() throws Exception {
        JsonNode doc = new Http(port).ok("GET", "/v3/api-docs", null, "admin:admin");
        Map<String, String> started = Map.of(
                "/api/campaigns/import", "CampaignCreated",
                "/api/village-campaigns/import", "VillageCampaignCreated");
        started.forEach((path, schema) -> {
            JsonNode created = doc.at("/paths/" + path.replace("/", "~1") + "/post/responses/201");
            assertThat(created.path("description").asText()).as(path).isEqualTo("已启动");
            assertThat(created.at("/content/application~1json/schema/$ref").asText())
                    .as(path)
                    .isEqualTo("#/components/schemas/" + schema);
            assertThat(doc.at("/components/schemas/" + schema + "/properties").isEmpty())
                    .as(schema)
                    .isFalse();
        });
    }

    private static boolean hasExample(JsonNode body) {
        JsonNode content = body.get("content");
        if (content == null || content.isEmpty()) {
            return false;
        }
        for (JsonNode media : content) {
            boolean example = media.hasNonNull("example")
                    || (media.has("examples") && !media.get("examples").isEmpty())
                    || (media.has("schema") && media.get("schema").hasNonNull("example"));
            if (!example) {
                return false;
            }
        }
        return true;
    }
}
