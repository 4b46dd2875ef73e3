package cn.county.reelection.integrity;

import cn.county.reelection.process.AsEngine;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * R11 on the engine APIs ({@code /engine-rest} and Tasklist's {@code /camunda/api/engine}): the record changes
 * only through each task's own inputs.
 *
 * <ul>
 *   <li>{@code complete}, {@code submit-form} and {@code resolve} of a task carry only the variables the task
 *       declares ({@link TaskInputs}), whoever sends them;
 *   <li>a task's variables are written only by an administrator; the people working the task may save drafts of
 *       its declared inputs as task-local variables ({@code localVariables}), which end with the task;
 *   <li>a running instance's variables, executions, jobs and flow are changed directly only by an administrator
 *       (Camunda's user operation log keeps who, when and what; the township's history shows it).
 * </ul>
 *
 * A refusal is a JSON 400 (403 for an instance-level change) naming the variable, and nothing changes. The task is
 * looked up as the engine; a task the caller cannot see, or no caller at all, is left to the engine to answer.
 */
final class TaskInputFilter extends OncePerRequestFilter {

    private static final Set<String> COMPLETIONS = Set.of("complete", "submit-form", "resolve");
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final TaskService tasks;
    private final IdentityService identity;
    private final TaskInputs inputs;
    private final ObjectMapper responses;
    private final List<String> prefixes;
    private final ObjectMapper strict = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * @param prefixes the engine APIs' paths, e.g. {@code /engine-rest} and {@code /camunda/api/engine} (the
     *     latter always names its engine: {@code /engine/default/…})
     */
    TaskInputFilter(
            TaskService tasks,
            IdentityService identity,
            TaskInputs inputs,
            ObjectMapper responses,
            List<String> prefixes) {
        this.tasks = tasks;
        this.identity = identity;
        this.inputs = inputs;
        this.responses = responses;
        this.prefixes = prefixes;
    }

    /** A request to an engine API: which one, the engine it names and the path below it. */
    record Target(String prefix, String engine, List<String> segments) {

        String segment(int i) {
            return i < segments.size() ? segments.get(i) : "";
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // a method override, if any layer honours it, is the method the engine sees
        String override = request.getHeader("X-HTTP-Method-Override");
        String method = override != null ? override.trim().toUpperCase() : request.getMethod();
        Target target = READS.contains(method) ? null : target(request);
        if (target == null) {
            chain.doFilter(request, response);
            return;
        }
        String resource = target.segment(0);
        if (resource.equals("task") && target.segments().size() >= 3) {
            task(target, request, response, chain);
        } else if (changesInstance(target)) {
            Caller caller = caller(request, target);
            if (caller != null && !caller.isAdmin()) {
                refuse(response, 403, "AuthorizationException", null, "只有管理员可以直接启动或修改流程实例（变量、流转、定时器）（R11）；请通过本人的任务办理");
                return;
            }
            chain.doFilter(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void task(Target target, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String taskId = target.segment(1);
        String operation = target.segment(2);
        boolean completion =
                COMPLETIONS.contains(operation) && target.segments().size() == 3;
        boolean local = operation.equals("localVariables");
        boolean variables = local || operation.equals("variables");
        boolean bpmnEvent = operation.equals("bpmnError") || operation.equals("bpmnEscalation");
        if (!completion && !variables && !bpmnEvent) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller = caller(request, target);
        if (caller == null) {
            chain.doFilter(request, response); // the engine answers 401
            return;
        }
        if (bpmnEvent || variables && caller.isAdmin()) {
            if (bpmnEvent && !caller.isAdmin()) {
                refuse(response, 403, "AuthorizationException", null, "任务只能按其表单办理完成，不能以BPMN错误或升级事件结束（R11）");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        // variable names come from the path (one variable, its file upload) or from the JSON body
        List<String> names = new ArrayList<>();
        HttpServletRequest forwarded = request;
        if (variables && target.segments().size() >= 4) {
            names.add(target.segment(3));
        } else {
            byte[] body = request.getInputStream().readAllBytes();
            forwarded = new BufferedRequest(request, body);
            try {
                names.addAll(namesIn(body, completion));
            } catch (JsonProcessingException e) {
                refuse(response, 400, "InvalidRequestException", null, "请求内容不是有效的JSON：" + e.getOriginalMessage());
                return;
            }
        }
        if (names.isEmpty()) {
            chain.doFilter(forwarded, response);
            return;
        }
        Task task = AsEngine.call(
                identity, () -> tasks.createTaskQuery().taskId(taskId).singleResult());
        if (task == null || !visibleTo(caller, taskId)) {
            chain.doFilter(forwarded, response); // unknown or someone else's: the engine answers 404 or 403
            return;
        }
        TaskInputs.Declaration declared = task.getProcessDefinitionId() == null
                ? new TaskInputs.Declaration(task.getTaskDefinitionKey(), task.getName(), Set.of())
                : inputs.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        for (String name : names) {
            if (!declared.takes(name)) {
                refuse(
                        response,
                        400,
                        "UndeclaredVariable",
                        name,
                        "任务「%s」不接受变量「%s」：只能填写本任务表单中的内容（R11）".formatted(label(task, declared), name));
                return;
            }
            if (variables && !local) {
                refuse(
                        response,
                        400,
                        "UndeclaredVariable",
                        name,
                        "任务「%s」不能直接修改流程变量「%s」：请随任务办理完成时提交，或保存为本任务的草稿（R11）".formatted(label(task, declared), name));
                return;
            }
        }
        chain.doFilter(forwarded, response);
    }

    private static String label(Task task, TaskInputs.Declaration declared) {
        return task.getName() != null && !task.getName().isBlank() ? task.getName() : declared.label();
    }

    /** The variables a body sets or removes: {@code variables} of a completion, {@code modifications} and {@code deletions}. */
    private List<String> namesIn(byte[] body, boolean completion) throws JsonProcessingException {
        List<String> names = new ArrayList<>();
        if (isBlank(body)) {
            return names;
        }
        JsonNode json = readTree(body);
        if (json == null || !json.isObject()) {
            return names; // the engine refuses what is not an object
        }
        if (completion) {
            json.path("variables").fieldNames().forEachRemaining(names::add);
        } else {
            json.path("modifications").fieldNames().forEachRemaining(names::add);
            json.path("deletions").forEach(d -> names.add(d.asText()));
        }
        return names;
    }

    private JsonNode readTree(byte[] body) throws JsonProcessingException {
        try {
            return strict.readTree(body);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading a body held in memory", e);
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Direct changes of a running instance — its variables, executions, flow and jobs — and starting one outside a
     * campaign (any method but a read).
     */
    private static boolean changesInstance(Target target) {
        String resource = target.segment(0);
        String operation = target.segment(2);
        return switch (resource) {
            case "process-instance" ->
                Set.of("variables", "modification", "modification-async").contains(operation)
                        || target.segment(1).equals("variables-async");
            case "execution" ->
                Set.of("localVariables", "signal", "messageSubscriptions").contains(operation);
            case "job" ->
                Set.of("duedate", "retries", "suspended", "execute").contains(operation)
                        || target.segment(1).equals("retries")
                        || target.segment(1).equals("suspended");
            // instances start from the project's API (a campaign), never with variables of the caller's choosing
            case "process-definition" ->
                Set.of("start", "submit-form", "restart", "restart-async")
                        .contains(target.segment(target.segments().size() - 1));
            case "job-definition", "variable-instance", "modification", "message", "signal" -> true;
            default -> false;
        };
    }

    private boolean visibleTo(Caller caller, String taskId) {
        return AsEngine.asUser(
                identity,
                caller.userId(),
                caller.groupIds(),
                () -> tasks.createTaskQuery().taskId(taskId).count() > 0);
    }

    /**
     * The caller as the engine will know them: the engine's current authentication when the API's own
     * authentication already ran, else the webapp's session (Tasklist), else HTTP basic (engine REST), checked
     * like Camunda's own filter does. {@code null} when there is none, or the password is wrong.
     */
    private Caller caller(HttpServletRequest request, Target target) {
        var current = identity.getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return new Caller(current.getUserId(), current.getGroupIds());
        }
        if (!target.prefix().equals(TaskInputFilterConfig.ENGINE_REST)) {
            HttpSession session = request.getSession(false);
            Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
            if (authentications != null
                    && authentications.getAuthenticationForProcessEngine(target.engine())
                            instanceof UserAuthentication user) {
                return new Caller(user.getName(), user.getGroupIds());
            }
            return null;
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String user = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        return AsEngine.call(
                identity,
                () -> identity.checkPassword(user, password)
                        ? new Caller(
                                user,
                                identity.createGroupQuery().groupMember(user).list().stream()
                                        .map(Group::getId)
                                        .toList())
                        : null);
    }

    /** The engine API and the path below it; {@code null} for any other path. */
    private Target target(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        for (String prefix : prefixes) {
            if (!path.startsWith(prefix + "/")) {
                continue;
            }
            List<String> segments = Arrays.stream(
                            path.substring(prefix.length()).split("/"))
                    .filter(s -> !s.isEmpty())
                    .toList();
            String engine = "default";
            if (segments.size() >= 2 && segments.get(0).equals("engine")) {
                engine = segments.get(1);
                segments = segments.subList(2, segments.size());
            }
            return segments.isEmpty() ? null : new Target(prefix, engine, segments);
        }
        return null;
    }

    private void refuse(HttpServletResponse response, int status, String type, String field, String message)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type); // the engine REST API's error shape
        body.put("status", status);
        body.put("rule", "R11");
        if (field != null) {
            body.put("field", field);
        }
        body.put("message", message);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        responses.writeValue(response.getOutputStream(), body);
    }
}
