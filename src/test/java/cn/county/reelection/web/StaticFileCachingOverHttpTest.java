package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tasklist's, Cockpit's and the board's static files are kept by the browser and asked for again with their date:
 * unchanged, they come back as 304 without a body. Pages and the API answers are never kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaticFileCachingOverHttpTest {

    private static final String DEPS = "/camunda/lib/deps.js?bust=7.24.0";

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void webappScript_isKeptAndAskedForAgain_unchangedAnswers304WithoutBody() throws Exception {
        HttpResponse<byte[]> first = get(DEPS, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body().length)
                .as("Camunda's scripts, the largest file of a Tasklist load")
                .isGreaterThan(1_000_000);
        assertThat(first.headers().allValues("Cache-Control")).containsExactly("no-cache");
        assertThat(first.headers().firstValue("Pragma")).isEmpty();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<byte[]> again = get(DEPS, lastModified);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void projectFilesInTheWebappsFormsAndBoard_areKept() throws Exception {
        for (String file : new String[] {
            "/camunda/app/tasklist/scripts/reelection-forms.js",
            "/camunda/app/tasklist/locales/zh.json",
            "/camunda/assets/IBMPlexSans-Regular.woff",
            "/forms/tally.html",
            "/board.js"
        }) {
            HttpResponse<byte[]> answer = get(file, null);
            assertThat(answer.statusCode()).as(file).isEqualTo(200);
            assertThat(answer.headers().allValues("Cache-Control")).as(file).containsExactly("no-cache");
        }
    }

    @Test
    void pagesAndApiAnswers_areNeverKept() throws Exception {
        for (String path : new String[] {"/camunda/app/tasklist/default/", "/api/campaigns"}) {
            HttpResponse<byte[]> answer = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header(
                                    "Authorization",
                                    "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes()))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Cache-Control").orElse(""))
                    .as(path)
                    .contains("no-store");
        }
    }

    @Test
    void staticFile_isTheWebappsAndPagesFilesOnly() {
        assertThat(StaticFileCaching.isStaticFile("GET", "/camunda/lib/deps.js"))
                .isTrue();
        assertThat(StaticFileCaching.isStaticFile("HEAD", "/camunda/app/cockpit/styles/user-styles.css"))
                .isTrue();
        assertThat(StaticFileCaching.isStaticFile("POST", "/camunda/lib/deps.js"))
                .isFalse();
        assertThat(StaticFileCaching.isStaticFile("GET", "/camunda/app/tasklist/default/"))
                .isFalse();
        assertThat(StaticFileCaching.isStaticFile("GET", "/camunda/api/engine/engine/default/task/1"))
                .isFalse();
        assertThat(StaticFileCaching.isStaticFile("GET", "/api/townships/2026-TS01/documents/T2.docx"))
                .isFalse();
        assertThat(StaticFileCaching.isStaticFile("GET", "/board")).isFalse();
    }

    private HttpResponse<byte[]> get(String path, String ifModifiedSince) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (ifModifiedSince != null) {
            request.header("If-Modified-Since", ifModifiedSince);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
