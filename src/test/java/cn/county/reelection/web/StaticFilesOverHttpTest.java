package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tasklist's, Cockpit's and the board's static files are kept by the browser and asked for again with their date:
 * unchanged, they come back as 304 without a body. Scripts and styles travel compressed. Pages and the API answers
 * are never kept, and travel as they are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaticFilesOverHttpTest {

    private static final String DEPS = "/camunda/lib/deps.js?bust=7.24.0";
    private static final String ADMIN = "admin:admin";

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void webappScript_isKeptAndAskedForAgain_unchangedAnswers304WithoutBody() throws Exception {
        HttpResponse<byte[]> first = http.download(DEPS, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body().length)
                .as("Camunda's scripts, the largest file of a Tasklist load")
                .isGreaterThan(1_000_000);
        assertThat(first.headers().allValues("Cache-Control")).containsExactly("no-cache");
        assertThat(first.headers().firstValue("Pragma")).isEmpty();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<byte[]> again = http.download(DEPS, null, "If-Modified-Since", lastModified);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void webappScript_travelsCompressed_toBrowsersThatAcceptIt() throws Exception {
        HttpResponse<byte[]> plain = http.download(DEPS, null);
        HttpResponse<byte[]> packed = http.download(DEPS, null, "Accept-Encoding", "gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(packed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(packed.body().length).isLessThan(plain.body().length / 2);
        try (GZIPInputStream unpacked = new GZIPInputStream(new ByteArrayInputStream(packed.body()))) {
            assertThat(unpacked.readAllBytes()).isEqualTo(plain.body());
        }
    }

    @Test
    void apiAnswer_travelsUncompressed() throws Exception {
        HttpResponse<byte[]> answer = http.download("/v3/api-docs", ADMIN, "Accept-Encoding", "gzip");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(answer.body().length)
                .as("large enough to be compressed if it were a script")
                .isGreaterThan(10_000);
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
            HttpResponse<byte[]> answer = http.download(file, null);
            assertThat(answer.statusCode()).as(file).isEqualTo(200);
            assertThat(answer.headers().allValues("Cache-Control")).as(file).containsExactly("no-cache");
        }
    }

    @Test
    void pagesAndApiAnswers_areNeverKept() throws Exception {
        for (String path : new String[] {"/camunda/app/tasklist/default/", "/api/campaigns"}) {
            HttpResponse<byte[]> answer = http.download(path, ADMIN);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Cache-Control").orElse(""))
                    .as(path)
                    .contains("no-store");
        }
    }

    @Test
    void errorAnswersAndEngineAnswers_areNeverKept() throws Exception {
        // real documents: DocumentsOverHttpTest and ExportsOverHttpTest; here an unknown campaign's summary
        for (var expected : Map.of("/api/campaigns/0/summary.xlsx", 404, "/camunda/api/engine/engine/", 200)
                .entrySet()) {
            String path = expected.getKey();
            HttpResponse<byte[]> answer = http.download(path, ADMIN);
            assertThat(answer.statusCode()).as(path).isEqualTo(expected.getValue());
            assertThat(answer.headers().firstValue("Cache-Control").orElse(""))
                    .as(path + " " + answer.statusCode())
                    .contains("no-store");
        }
    }
}
