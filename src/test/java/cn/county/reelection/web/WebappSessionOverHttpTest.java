package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code /api} with the Camunda webapp session: Tasklist's login reaches {@code /api} (as the embedded
 * forms use it), POSTs need Camunda's CSRF token, the board's own login opens the same session
 * (Tasklist logged in too) and logs out of it; HTTP basic stays stateless. Headers: a Content
 * Security Policy on the board and {@code /api}, Camunda's own on {@code /camunda}. Links: Cockpit
 * for administrators only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebappSessionOverHttpTest {

    private static final String TALLY = """
      {"kind":"COMPETITIVE","seats":1,"minimumCandidates":2,"entitled":10,"present":9,
       "candidates":["张三","李四"],"counts":{"张三":6,"李四":3},"ballotsCast":9}""";
    private static final String CAMPAIGN = """
      {"county":"会话县","countyCode":"sess","year":2033,
       "townships":[{"code":"SSA","name":"甲乡","organisations":[{"code":"SSA-B1","name":"一支部","members":20}]}]}""";

    @LocalServerPort
    int port;

    private Http http;
    private long campaignId;
    private final Map<String, String> passwords = new HashMap<>();

    @BeforeAll
    void campaign() throws Exception {
        http = new Http(port);
        JsonNode created = Http.MAPPER.readTree(
                http.send("POST", "/api/campaigns", CAMPAIGN, "admin:admin").body());
        campaignId = created.get("id").asLong();
        created.get("accounts")
                .forEach(a -> passwords.put(
                        a.get("userId").asText(), a.get("password").asText()));
        passwords.put("admin", "admin");
    }

    /** A browser: keeps cookies as a browser does (the session cookie and the webapps' XSRF-TOKEN). */
    private final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

        HttpResponse<String> send(
                String method, String path, String contentType, String body, Map<String, String> headers)
                throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            headers.forEach(request::header);
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> get(String path) throws Exception {
            return send("GET", path, null, null, Map.of());
        }

        HttpResponse<String> json(String method, String path, String body, String xsrf) throws Exception {
            return send(method, path, "application/json", body, xsrf == null ? Map.of() : Map.of("X-XSRF-TOKEN", xsrf));
        }

        Optional<HttpCookie> cookie(String name) {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals(name))
                    .findFirst();
        }

        String xsrf() {
            return cookie("XSRF-TOKEN").map(HttpCookie::getValue).orElseThrow();
        }

        /** Tasklist's own login: the page's GET gives the XSRF-TOKEN cookie, the login posts it back. */
        void tasklistLogin(String user) throws Exception {
            get("/camunda/app/tasklist/default/");
            var login = send(
                    "POST",
                    "/camunda/api/admin/auth/user/default/login/tasklist",
                    "application/x-www-form-urlencoded",
                    "username=" + user + "&password=" + passwords.get(user),
                    Map.of("X-XSRF-TOKEN", xsrf()));
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            // the login made a new session without a token; Tasklist's next request gets the new one, as a cookie
            assertThat(get("/camunda/api/engine/engine/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void tasklistSession_readsAndPostsToApi_butAPostWithoutItsCsrfTokenIs403AndChangesNothing() throws Exception {
        Browser tasklist = new Browser();
        tasklist.tasklistLogin("county-sess");

        HttpResponse<String> campaigns = tasklist.get("/api/campaigns");
        assertThat(campaigns.statusCode()).as(campaigns.body()).isEqualTo(200);
        assertThat(Http.MAPPER.readTree(campaigns.body()).findValuesAsText("county"))
                .contains("会话县");
        HttpResponse<String> board = tasklist.get("/api/campaigns/" + campaignId + "/board");
        assertThat(board.statusCode()).isEqualTo(200);

        // what Angular's $http sends: X-XSRF-TOKEN from the XSRF-TOKEN cookie
        HttpResponse<String> tally = tasklist.json("POST", "/api/tally", TALLY, tasklist.xsrf());
        assertThat(tally.statusCode()).as(tally.body()).isEqualTo(200);
        assertThat(Http.MAPPER.readTree(tally.body()).get("elected").get(0).asText())
                .isEqualTo("张三");

        HttpResponse<String> noToken = tasklist.json("POST", "/api/tally", TALLY, null);
        assertThat(noToken.statusCode()).isEqualTo(403);
        JsonNode error = Http.MAPPER.readTree(noToken.body());
        assertThat(error.get("field").asText()).isEqualTo("X-XSRF-TOKEN");
        assertThat(error.get("message").asText()).contains("防跨站令牌");
        assertThat(tasklist.json("POST", "/api/tally", TALLY, "0123456789ABCDEF0123456789ABCDEF")
                        .statusCode())
                .isEqualTo(403);

        // a state-changing request without the token is refused before anything runs
        int before = http.ok("GET", "/api/campaigns", null, "admin:admin").size();
        String another = CAMPAIGN.replace("2033", "2034");
        assertThat(tasklist.json("POST", "/api/campaigns", another, null).statusCode())
                .isEqualTo(403);
        assertThat(http.ok("GET", "/api/campaigns", null, "admin:admin")).hasSize(before);
        // the session stays usable, and with the token the county may start its campaign
        HttpResponse<String> started = tasklist.json("POST", "/api/campaigns", another, tasklist.xsrf());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(http.ok("GET", "/api/campaigns", null, "admin:admin")).hasSize(before + 1);

        // the rights are the user's: a township secretary's session may not start a campaign
        Browser township = new Browser();
        township.tasklistLogin("ssa");
        assertThat(township.json("POST", "/api/campaigns", CAMPAIGN.replace("2033", "2035"), township.xsrf())
                        .statusCode())
                .isEqualTo(403);
        assertThat(township.get("/api/campaigns/" + campaignId + "/board").statusCode())
                .isEqualTo(200);
    }

    @Test
    void httpBasic_isUnchangedAndStateless() throws Exception {
        HttpResponse<String> read = http.send("GET", "/api/campaigns", null, "admin:admin");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<String> tally = http.send("POST", "/api/tally", TALLY, "admin:admin");
        assertThat(tally.statusCode()).isEqualTo(200);
        assertThat(tally.headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<String> none = http.send("GET", "/api/campaigns", null, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"reelection\"");
        assertThat(none.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void boardLogin_opensTheWebappSession_keepsNoPasswordInTheBrowser_andLogsOut() throws Exception {
        Browser browser = new Browser();
        browser.get("/camunda/app/tasklist/default/");
        String before = browser.cookie("JSESSIONID").map(HttpCookie::getValue).orElseThrow();

        HttpResponse<String> wrong =
                browser.json("POST", "/api/session", "{\"username\":\"ssa-office\",\"password\":\"wrong\"}", null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(Http.MAPPER.readTree(wrong.body()).get("message").asText()).isEqualTo("用户名或密码不正确");
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(browser.json("POST", "/api/session", "{\"username\":\"county-sess\"}", null)
                        .statusCode())
                .isEqualTo(400);

        HttpResponse<String> login = browser.json(
                "POST",
                "/api/session",
                "{\"username\":\"county-sess\",\"password\":\"" + passwords.get("county-sess") + "\"}",
                null);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        JsonNode session = Http.MAPPER.readTree(login.body());
        assertThat(session.get("userId").asText()).isEqualTo("county-sess");
        assertThat(session.get("groups").toString()).contains("\"county-sess\"");
        assertThat(login.body()).doesNotContain(passwords.get("county-sess"));
        String token = session.get("csrfToken").asText();
        assertThat(token).matches("[0-9A-F]{32}");
        // a new session (no fixation), its cookie out of the scripts' reach; Tasklist gets the same token as its cookie
        List<String> setCookies = login.headers().allValues("Set-Cookie");
        assertThat(setCookies)
                .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly"));
        assertThat(setCookies)
                .anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=" + token).contains("Path=/camunda"));
        assertThat(browser.cookie("JSESSIONID").map(HttpCookie::getValue).orElseThrow())
                .isNotEqualTo(before);

        // Tasklist is logged in by the same session, and its POSTs take the token from the cookie
        HttpResponse<String> tasklistUser = browser.get("/camunda/api/admin/auth/user/default");
        assertThat(tasklistUser.statusCode()).as(tasklistUser.body()).isEqualTo(200);
        assertThat(Http.MAPPER.readTree(tasklistUser.body()).get("userId").asText())
                .isEqualTo("county-sess");
        assertThat(browser.xsrf()).isEqualTo(token);
        HttpResponse<String> tasklistPost =
                browser.json("POST", "/camunda/api/engine/engine/default/task/count", "{}", browser.xsrf());
        assertThat(tasklistPost.statusCode()).as(tasklistPost.body()).isEqualTo(200);

        // the page's and Tasklist's requests overlap: the session must keep its id while they run
        List<CompletableFuture<HttpResponse<String>>> overlapping = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String path = i % 2 == 0 ? "/api/campaigns/" + campaignId + "/board" : "/api/campaigns";
            overlapping.add(browser.client.sendAsync(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        for (CompletableFuture<HttpResponse<String>> answer : overlapping) {
            assertThat(answer.get().statusCode()).isEqualTo(200);
            assertThat(answer.get().headers().allValues("Set-Cookie")).isEmpty();
        }

        HttpResponse<String> current = browser.get("/api/session");
        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(Http.MAPPER.readTree(current.body()).get("csrfToken").asText())
                .isEqualTo(token);
        assertThat(browser.get("/api/campaigns/" + campaignId + "/alerts").statusCode())
                .isEqualTo(200);
        // basic answers no token: there is no session to protect
        assertThat(http.ok("GET", "/api/session", null, "admin:admin").has("csrfToken"))
                .isFalse();

        assertThat(browser.json("DELETE", "/api/session", null, null).statusCode())
                .isEqualTo(403);
        assertThat(browser.get("/api/session").statusCode()).isEqualTo(200);
        assertThat(browser.json("DELETE", "/api/session", null, token).statusCode())
                .isEqualTo(204);
        HttpResponse<String> after =
                browser.send("GET", "/api/session", null, null, Map.of("X-Requested-With", "XMLHttpRequest"));
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode())
                .isNotEqualTo(200);
    }

    @Test
    void contentSecurityPolicy_onTheBoardAndApi_notOnCamunda() throws Exception {
        for (String path : List.of("/board", "/board.html", "/board.js", "/board.css")) {
            HttpResponse<String> page = http.send("GET", path, null, null);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp)
                    .as(path)
                    .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe");
            assertThat(page.headers().allValues("Content-Security-Policy"))
                    .as(path)
                    .hasSize(1);
            assertThat(page.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
        // nothing inline that the policy would block: the page's scripts are its own files
        String html = http.send("GET", "/board", null, null).body();
        assertThat(html)
                .doesNotContain("<style")
                .doesNotContain("style=")
                .doesNotContainPattern("\\son[a-z]+\\s*=")
                .contains("<script src=\"page.js\" defer></script>", "<script src=\"board.js\" defer></script>");
        assertThat(html.replace("<script src=\"page.js\" defer></script>", "")
                        .replace("<script src=\"board.js\" defer></script>", ""))
                .doesNotContain("<script");
        assertThat(http.send("GET", "/page.js", null, null).statusCode()).isEqualTo(200);

        HttpResponse<String> api = http.send("GET", "/api/campaigns", null, "admin:admin");
        assertThat(api.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(http.send("GET", "/api/campaigns", null, null).headers().firstValue("Content-Security-Policy"))
                .isPresent();

        HttpResponse<String> tasklist = http.send("GET", "/camunda/app/tasklist/default/", null, null);
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.headers().allValues("Content-Security-Policy"))
                .noneMatch(csp ->
                        csp.contains("script-src 'self'; style-src 'self'") || csp.startsWith("default-src 'none'"));
    }

    @Test
    void boardLinks_cockpitForAdministratorsOnly_tasklistByBusinessKeyForEveryone() throws Exception {
        JsonNode county = http.ok(
                "GET", "/api/campaigns/" + campaignId + "/board", null, "county-sess:" + passwords.get("county-sess"));
        JsonNode countyLinks = county.get("townships").get(0).get("links");
        assertThat(countyLinks.findValuesAsText("kind")).containsExactly("TASKLIST");
        assertThat(countyLinks.get(0).get("href").asText())
                .startsWith("/camunda/app/tasklist/default/#/?searchQuery=")
                .contains("processInstanceBusinessKey")
                .contains("2033-SSA");
        JsonNode township =
                http.ok("GET", "/api/campaigns/" + campaignId + "/board", null, "ssa:" + passwords.get("ssa"));
        assertThat(township.get("townships").get(0).get("links").findValuesAsText("kind"))
                .containsExactly("TASKLIST");

        JsonNode admin = http.ok("GET", "/api/campaigns/" + campaignId + "/board", null, "admin:admin");
        JsonNode row = admin.get("townships").get(0);
        assertThat(row.get("links").findValuesAsText("kind")).containsExactly("TASKLIST", "COCKPIT");
        assertThat(row.get("links").get(1).get("href").asText())
                .isEqualTo("/camunda/app/cockpit/default/#/process-instance/"
                        + row.get("processInstanceId").asText() + "/runtime");
    }
}
