package cn.county.reelection.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.web.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The service is killed with SIGKILL in the middle of a congress, while a tally is being recorded,
 * and started again on the same database (the H2 file by default; the machine's PostgreSQL when
 * {@code .ci/run} passes {@code spring.datasource.url}): no race, task or timer is lost or doubled.
 */
class CrashRestartTest {

    private static final String ADMIN = "admin:admin";
    private Process node;

    @AfterEach
    void stop() throws Exception {
        if (node != null && node.isAlive()) {
            node.destroy();
            node.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** A JVM running the service on {@code port}: the test classpath, the test profile, job executor on. */
    private Process start(Path dir, int port) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        // the node compiles and collects as this JVM does (pom.xml's testJvmCompiler and testJvmGc, unless turned off)
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument ->
                        argument.startsWith("-XX:TieredStopAtLevel=") || argument.equals("-XX:+UseSerialGC"))
                .forEach(command::add);
        command.addAll(List.of("-cp", classpath()));
        String datasource = System.getProperty("spring.datasource.url");
        if (datasource != null) {
            command.add("-Dspring.datasource.url=" + datasource);
            command.add("-Dspring.datasource.username=" + System.getProperty("spring.datasource.username", "postgres"));
        }
        // the default profile as shipped (its H2 file database in the test's folder), without the demo county
        command.addAll(List.of(
                "cn.county.reelection.ReelectionApplication",
                "--reelection.data-dir=" + dir.toAbsolutePath(),
                "--reelection.demo.enabled=false",
                "--server.port=" + port,
                "--logging.level.root=warn"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(dir.resolve("node.log").toFile()))
                .start();
        Http http = new Http(port);
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            assertThat(process.isAlive())
                    .as("service exited; see " + dir.resolve("node.log"))
                    .isTrue();
            try {
                if (http.status("GET", "/api/campaigns", null, ADMIN) == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("service did not start within 3 minutes; see " + dir.resolve("node.log"));
    }

    /** The test classpath without surefire's own jars (whose manifests would list every entry a second time). */
    private static String classpath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("surefire"))
                .distinct()
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** What must survive: finished races, results recorded, open tasks, timers. */
    private record State(List<String> results, Set<String> openTasks, Set<String> timers) {}

    private static State state(Http http, String businessKey, String processInstanceId) throws Exception {
        List<String> results = new ArrayList<>();
        http.ok("GET", "/api/townships/" + businessKey + "/history", null, ADMIN)
                .forEach(e -> {
                    if (e.get("kind").asText().equals("RESULT")) {
                        results.add(e.get("what").asText());
                    }
                });
        Set<String> tasks = new TreeSet<>();
        http.openTasks(processInstanceId, ADMIN)
                .forEach(t -> tasks.add(
                        t.get("id").asText() + ":" + t.get("taskDefinitionKey").asText()));
        Set<String> timers = new TreeSet<>();
        http.ok("GET", "/engine-rest/job?timers=true&processInstanceId=" + processInstanceId, null, ADMIN)
                .forEach(j -> timers.add(j.get("id").asText()));
        return new State(results, tasks, timers);
    }

    private static void driveUntil(Http http, String processInstanceId, String taskKey) throws Exception {
        for (int guard = 0; guard < 200; guard++) {
            JsonNode tasks = http.openTasks(processInstanceId, ADMIN);
            if (tasks.isEmpty()
                    || (taskKey != null
                            && tasks.findValuesAsText("taskDefinitionKey").contains(taskKey))) {
                return;
            }
            JsonNode task = tasks.get(0);
            HttpResponse<String> done = http.send(
                    "POST",
                    "/engine-rest/task/" + task.get("id").asText() + "/complete",
                    http.scriptedCompletion(task, ADMIN),
                    ADMIN);
            assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        }
        throw new AssertionError("did not reach " + taskKey);
    }

    @Test
    void t7_sigkillWhileATallyIsRecorded_losesAndDoublesNothing() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "crash-" + System.nanoTime()));
        int port = freePort();
        node = start(dir, port);
        Http http = new Http(port);
        String code = "CR" + (System.nanoTime() % 100_000);
        HttpResponse<String> created = http.send("POST", "/api/campaigns", """
        {"county":"示例县","year":2026,"townships":[{"code":"%s","name":"崩溃乡","organisations":[
          {"code":"%s-B01","name":"第一支部","members":42},{"code":"%s-B02","name":"第二支部","members":30}]}]}""".formatted(code, code, code), ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode township =
                Http.MAPPER.readTree(created.body()).get("townships").get(0);
        String pi = township.get("processInstanceId").asText();
        String businessKey = township.get("businessKey").asText();

        // into the congress: the committee and discipline races recorded, the county delegates' ballot open
        driveUntil(http, pi, "T7_RecordCountyDelegateElection");
        State before = state(http, businessKey, pi);
        assertThat(before.results()).hasSize(2 + 2); // two organisations' delegates, committee, discipline
        JsonNode record = http.openTasks(pi, ADMIN).get(0);
        String tally = http.scriptedCompletion(record, ADMIN);

        // the tellers send the county delegates' tally; the service is killed while it is being recorded
        CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/"
                                        + record.get("id").asText() + "/complete"))
                                .header("Content-Type", "application/json")
                                .header(
                                        "Authorization",
                                        "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes()))
                                .POST(HttpRequest.BodyPublishers.ofString(tally))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Thread.sleep(15);
        node.destroyForcibly(); // SIGKILL
        assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).isEqualTo(137);
        boolean answered =
                inFlight.handle((r, e) -> r != null && r.statusCode() == 204).get();

        node = start(dir, port);
        State after = state(http, businessKey, pi);
        System.out.printf(
                "crash during a tally: answered before the kill=%s, results %d → %d%n",
                answered, before.results().size(), after.results().size());
        if (after.results().size() == before.results().size()) {
            // the transaction died with the JVM: nothing of it, the same task and timers wait
            assertThat(answered).isFalse();
            assertThat(after).isEqualTo(before);
        } else {
            // it committed: exactly one more result and the next race's task, the same timers
            assertThat(after.results())
                    .hasSize(before.results().size() + 1)
                    .startsWith(before.results().toArray(String[]::new));
            assertThat(after.openTasks())
                    .extracting(t -> t.substring(t.indexOf(':') + 1))
                    .containsExactly("T7_RecordSecretaryElection");
            assertThat(after.timers()).isEqualTo(before.timers());
        }

        // the township finishes after the restart with every race counted once
        driveUntil(http, pi, null);
        assertThat(http.ok("GET", "/engine-rest/history/process-instance/" + pi, null, ADMIN)
                        .get("state")
                        .asText())
                .isEqualTo("COMPLETED");
        List<String> results = state(http, businessKey, pi).results();
        // two branches, the congress's four races, the plenary's discipline secretary and deputy (R8)
        assertThat(results).hasSize(2 + 4 + 2);
        assertThat(results.stream()
                        .filter(r -> r.contains("当选"))
                        .map(r -> r.replaceAll("第\\d+次投票.*", ""))
                        .distinct()
                        .count())
                .isEqualTo(8);
        assertThat(http.ok("GET", "/engine-rest/job?processInstanceId=" + pi, null, ADMIN))
                .isEmpty();
    }
}
