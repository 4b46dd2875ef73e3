package cn.county.reelection.web;

import cn.county.reelection.dryrun.SimulatedParticipant;
import cn.county.reelection.process.TownshipScript;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plain HTTP client for the tests that act as an outside client (basic auth, JSON). */
public final class Http {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;

    public Http(int port) {
        this.port = port;
    }

    public HttpResponse<String> send(String method, String path, String body, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A multipart POST of one file in field {@code file}. */
    public HttpResponse<String> upload(String path, String fileName, byte[] content, String credentials)
            throws Exception {
        String boundary = "----upload" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A GET answered with bytes (a file), with the given further header names and values. */
    public HttpResponse<byte[]> download(String path, String credentials, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The body of a 200 answer as JSON; any other status fails the test with the body. */
    public JsonNode ok(String method, String path, String body, String credentials) throws Exception {
        HttpResponse<String> response = send(method, path, body, credentials);
        if (response.statusCode() != 200) {
            throw new AssertionError(method + " " + path + " → " + response.statusCode() + ": " + response.body());
        }
        return MAPPER.readTree(response.body());
    }

    public int status(String method, String path, String body, String credentials) throws Exception {
        return send(method, path, body, credentials).statusCode();
    }

    /** The open tasks of an instance, oldest first, through the engine REST API. */
    public JsonNode openTasks(String processInstanceId, String credentials) throws Exception {
        return ok(
                "GET",
                "/engine-rest/task?processInstanceId=" + processInstanceId + "&sortBy=created&sortOrder=asc",
                null,
                credentials);
    }

    /** A task's variables as a client sees them; Json variables parsed. */
    public Map<String, JsonNode> taskVariables(String taskId, String credentials) throws Exception {
        Map<String, JsonNode> vars = new LinkedHashMap<>();
        JsonNode raw =
                ok("GET", "/engine-rest/task/" + taskId + "/variables?deserializeValues=false", null, credentials);
        for (Iterator<Map.Entry<String, JsonNode>> it = raw.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode value = e.getValue().get("value");
            vars.put(
                    e.getKey(),
                    "Json".equals(e.getValue().get("type").asText()) ? MAPPER.readTree(value.asText()) : value);
        }
        vars.put("formContext", ok("GET", "/api/tasks/" + taskId + "/form-context", null, credentials));
        return vars;
    }

    /** The happy-path answer to a task (the dry run's simulated participant) as an engine REST completion body. */
    public String scriptedCompletion(JsonNode task, String credentials) throws Exception {
        return completion(TownshipScript.answer(
                        task.get("taskDefinitionKey").asText(),
                        taskVariables(task.get("id").asText(), credentials)))
                .toString();
    }

    /** The engine REST body: {"variables": {name: {"value", "type"}}}. */
    public static ObjectNode completion(Map<String, Object> answer) {
        ObjectNode body = MAPPER.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        answer.forEach((name, value) -> {
            ObjectNode v = variables.putObject(name);
            if (value instanceof SimulatedParticipant.Json j) {
                v.put("value", j.text()).put("type", "Json");
            } else if (value instanceof LocalDate d) {
                v.put("value", d + "T09:00:00.000+0800").put("type", "Date");
            } else if (value instanceof Boolean b) {
                v.put("value", b).put("type", "Boolean");
            } else if (value instanceof Integer i) {
                v.put("value", i).put("type", "Integer");
            } else {
                v.put("value", value.toString()).put("type", "String");
            }
        });
        return body;
    }
}
