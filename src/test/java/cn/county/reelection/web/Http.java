package cn.county.reelection.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client for the tests that act as an outside client (basic auth, JSON). */
final class Http {

  static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();
  private final int port;

  Http(int port) {
    this.port = port;
  }

  HttpResponse<String> send(String method, String path, String body, String credentials) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (credentials != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The body of a 200 answer as JSON; any other status fails the test with the body. */
  JsonNode ok(String method, String path, String body, String credentials) throws Exception {
    HttpResponse<String> response = send(method, path, body, credentials);
    if (response.statusCode() != 200) {
      throw new AssertionError(method + " " + path + " → " + response.statusCode() + ": " + response.body());
    }
    return MAPPER.readTree(response.body());
  }

  int status(String method, String path, String body, String credentials) throws Exception {
    return send(method, path, body, credentials).statusCode();
  }
}
