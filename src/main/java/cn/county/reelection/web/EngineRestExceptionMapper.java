package cn.county.reelection.web;

import cn.county.reelection.process.ProcessInputException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The engine REST API's answers for what Camunda would call a server error but is the client's:
 * <ul>
 *   <li>two users completing (or claiming) the same task at once: the loser gets <b>409</b>
 *       {@code {"type","status","message"}}, whether its transaction hit Camunda's optimistic lock, found the
 *       task (or its variables) already gone because the other completion had committed first, or the task
 *       was completed long before;</li>
 *   <li>a task id that never existed: <b>404</b>;</li>
 *   <li>bad input refused by the process ({@link ProcessInputException}): 400 as before, with
 *       {@code rule} and {@code field} (CONTRACT.md) and the message in Chinese only.</li>
 * </ul>
 * Everything else is answered exactly as Camunda's own handlers would. Registered with a higher priority
 * than Camunda's {@code RestExceptionHandler} and {@code ProcessEngineExceptionHandler}, in the engine REST
 * API ({@link EngineRestConfig}) and in the webapps' own engine API that Tasklist uses ({@link WebappEngineApi}).
 */
public abstract class EngineRestExceptionMapper {

    /** Every mapper, for an application that creates them itself from their class names. */
    static final List<Class<?>> ALL = List.of(
            ForRestException.class,
            ForEngineException.class,
            ForAnyError.class,
            ForUnreadableJson.class,
            ForMismatchedJson.class);

    private static final Pattern TASK_PATH = Pattern.compile("(?:^|/)task/([^/]+)(?:/.*)?$");

    /** Null in the webapps' engine API, where Jersey creates the mappers itself: the engine is the servlet context's. */
    private final ObjectProvider<ProcessEngine> engine;

    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    @Context
    private ServletContext servletContext;

    EngineRestExceptionMapper(ObjectProvider<ProcessEngine> engine) {
        this.engine = engine;
    }

    private ProcessEngine engine() {
        if (engine != null) {
            return engine.getIfAvailable();
        }
        WebApplicationContext spring =
                servletContext == null ? null : WebApplicationContextUtils.getWebApplicationContext(servletContext);
        return spring == null
                ? null
                : spring.getBeanProvider(ProcessEngine.class).getIfAvailable();
    }

    Response map(Throwable e) {
        Optional<String> taskId = taskId();
        Optional<Throwable> conflict = Conflicts.find(e);
        if (conflict.isPresent()) {
            return answer(
                    409,
                    conflict.get().getClass().getSimpleName(),
                    taskId.isPresent() ? Conflicts.TASK_MESSAGE : Conflicts.DATA_MESSAGE,
                    null,
                    null);
        }
        // a change to a task that someone else has completed meanwhile: whatever this request ran into
        // (the task gone, its variables gone, its own bad read), it lost the race
        if (taskId.isPresent() && changes() && completed(taskId.get())) {
            return answer(409, "TaskAlreadyCompleted", "该任务已被他人办理，请刷新后查看", null, null);
        }
        ProcessInputException input = cause(e, ProcessInputException.class);
        if (input != null) {
            return answer(
                    400, ProcessInputException.class.getSimpleName(), input.getMessage(), input.rule(), input.field());
        }
        NullValueException missing = cause(e, NullValueException.class);
        if (missing != null
                && taskId.isPresent()
                && String.valueOf(missing.getMessage()).startsWith("Cannot find task")) {
            return answer(404, "TaskNotFound", "没有编号为%s的任务".formatted(taskId.get()), null, null);
        }
        return ExceptionHandlerHelper.getInstance().getResponse(e);
    }

    private boolean changes() {
        try {
            return request != null && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        } catch (IllegalStateException outsideRequest) {
            return false;
        }
    }

    private Optional<String> taskId() {
        if (uriInfo == null) {
            return Optional.empty();
        }
        try {
            Matcher m = TASK_PATH.matcher(uriInfo.getPath());
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IllegalStateException outsideRequest) {
            return Optional.empty();
        }
    }

    /** Has the task been completed? Read without the caller's authorisations: it only tells a lost race from other errors. */
    private boolean completed(String taskId) {
        ProcessEngine processEngine = engine();
        if (processEngine == null) {
            return false;
        }
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            HistoricTaskInstanceEntity task =
                    context.getDbEntityManager().selectById(HistoricTaskInstanceEntity.class, taskId);
            return task != null && task.getEndTime() != null;
        });
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Response answer(int status, String type, String message, String rule, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("status", status);
        if (rule != null) {
            body.put("rule", rule);
        }
        if (field != null) {
            body.put("field", field);
        }
        body.put("message", message);
        return Response.status(status)
                .entity(body)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    /** Errors the REST resources wrap (a task completion's failure arrives as a {@code RestException}). */
    @Priority(Priorities.USER - 100)
    public static final class ForRestException extends EngineRestExceptionMapper
            implements ExceptionMapper<RestException> {
        public ForRestException() {
            super(null);
        }

        ForRestException(ObjectProvider<ProcessEngine> engine) {
            super(engine);
        }

        @Override
        public Response toResponse(RestException e) {
            return map(e);
        }
    }

    /** Errors the resources pass through unwrapped (claiming a task someone else claimed). */
    @Priority(Priorities.USER - 100)
    public static final class ForEngineException extends EngineRestExceptionMapper
            implements ExceptionMapper<ProcessEngineException> {
        public ForEngineException() {
            super(null);
        }

        ForEngineException(ObjectProvider<ProcessEngine> engine) {
            super(engine);
        }

        @Override
        public Response toResponse(ProcessEngineException e) {
            return map(e);
        }
    }

    /**
     * Anything else, Camunda's catch-all included: a completion that read the task's execution while the winning
     * completion was committing can fail anywhere in the engine (even with a NullPointerException).
     */
    @Priority(Priorities.USER - 100)
    public static final class ForAnyError extends EngineRestExceptionMapper implements ExceptionMapper<Throwable> {
        public ForAnyError() {
            super(null);
        }

        ForAnyError(ObjectProvider<ProcessEngine> engine) {
            super(engine);
        }

        @Override
        public Response toResponse(Throwable e) {
            return map(e);
        }
    }

    /** A body that is not JSON: Camunda answers it in plain text, this in its JSON error shape. */
    @Priority(Priorities.USER - 100)
    public static final class ForUnreadableJson implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException e) {
            var at = e.getLocation();
            return answer(
                    400,
                    "JsonParseException",
                    at == null ? "请求体不是有效的JSON" : "请求体不是有效的JSON（第%d行第%d列）".formatted(at.getLineNr(), at.getColumnNr()),
                    null,
                    null);
        }
    }

    /** JSON of the wrong shape ({@code "variables": [1, 2]}): Camunda answers it with an empty message. */
    @Priority(Priorities.USER - 100)
    public static final class ForMismatchedJson implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce("", String::concat);
            field = field.startsWith(".") ? field.substring(1) : field;
            return answer(
                    400,
                    "JsonMappingException",
                    field.isEmpty() ? "请求体的结构不正确" : "请求体的结构不正确：" + field,
                    null,
                    field.isEmpty() ? null : field);
        }
    }
}
