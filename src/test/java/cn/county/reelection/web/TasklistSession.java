package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A browser's session with Camunda's webapps, logged in to Tasklist, calling Tasklist's own engine API with its CSRF token. */
public final class TasklistSession {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client =
            HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String base;

    /** Logs in as {@code credentials} ("user:password"). */
    public TasklistSession(int port, String credentials) throws Exception {
        base = "http://localhost:" + port + "/camunda";
        client.send(
                HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String[] account = credentials.split(":", 2);
        var loggedIn = client.send(
                HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-XSRF-TOKEN", xsrf())
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + account[0] + "&password=" + account[1]))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(200);
        // the login starts a new session; its CSRF token comes with the next answer, as in the browser
        client.send(
                HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** POSTs JSON to a path under {@code /camunda}, e.g. {@code /api/engine/engine/default/task/{id}/submit-form}. */
    public HttpResponse<String> post(String path, String json) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .header("X-XSRF-TOKEN", xsrf())
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String xsrf() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }
}
