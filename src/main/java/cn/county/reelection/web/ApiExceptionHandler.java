package cn.county.reelection.web;

import cn.county.reelection.election.TallyInputException;
import cn.county.reelection.process.FieldLabels;
import cn.county.reelection.process.ProcessInputException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

@RestControllerAdvice(basePackages = "cn.county.reelection")
public class ApiExceptionHandler {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> api(ApiException e) {
        return error(e.status(), e.rule(), e.field(), e.getMessage());
    }

    @ExceptionHandler(TallyInputException.class)
    ResponseEntity<ApiError> tally(TallyInputException e) {
        return error(HttpStatus.BAD_REQUEST, e.rule(), e.field(), e.getMessage());
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<ApiError> engineForbidden(AuthorizationException e) {
        return error(HttpStatus.FORBIDDEN, "R11", null, "没有权限执行此操作");
    }

    /** Two users changing the same data at once: the loser is told to reload. */
    @ExceptionHandler({
        OptimisticLockingException.class,
        TaskAlreadyClaimedException.class,
        ConcurrencyFailureException.class
    })
    ResponseEntity<ApiError> conflict(RuntimeException e) {
        return error(HttpStatus.CONFLICT, null, null, Conflicts.DATA_MESSAGE);
    }

    /** The engine's errors in an {@code /api} call: a lost race is 409, bad input 400, anything else a server error. */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<ApiError> engine(ProcessEngineException e) {
        if (Conflicts.find(e).isPresent()) {
            return error(HttpStatus.CONFLICT, null, null, Conflicts.DATA_MESSAGE);
        }
        if (e instanceof ProcessInputException input) {
            return error(HttpStatus.BAD_REQUEST, input.rule(), input.field(), input.getMessage());
        }
        throw e;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return error(HttpStatus.BAD_REQUEST, null, path(unknown), "不认识的字段：" + unknown.getPropertyName());
        }
        if (cause instanceof InvalidFormatException invalid) {
            return error(
                    HttpStatus.BAD_REQUEST,
                    null,
                    path(invalid),
                    labelled(path(invalid), "取值格式不正确：" + invalid.getValue()));
        }
        if (cause instanceof MismatchedInputException mismatched) {
            return error(HttpStatus.BAD_REQUEST, null, path(mismatched), labelled(path(mismatched), "类型不正确"));
        }
        if (cause instanceof InputCoercionException coercion) {
            return error(HttpStatus.BAD_REQUEST, null, path(coercion), labelled(path(coercion), "数值超出范围"));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return error(
                    HttpStatus.BAD_REQUEST,
                    null,
                    path(mapping),
                    labelled(path(mapping), mapping.getCause() instanceof InputCoercionException ? "数值超出范围" : "取值不正确"));
        }
        return error(HttpStatus.BAD_REQUEST, null, null, "请求体不是有效的JSON");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> parameter(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, null, e.getName(), labelled(e.getName(), "参数格式不正确"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, null, "不支持的内容类型：" + e.getContentType());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, null, null, "不支持的请求方法：" + e.getMethod());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> notFound(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, null, null, "没有这个地址：/" + e.getResourcePath());
    }

    /** The message naming the field by its Chinese label, as in {@code 乡镇第1个 所属党组织第2个 党员人数：类型不正确}. */
    private static String labelled(String field, String message) {
        return field == null || field.isBlank() ? message : FieldLabels.label(field) + "：" + message;
    }

    static ResponseEntity<ApiError> error(HttpStatus status, String rule, String field, String message) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), rule, field, message));
    }

    /** Where the parser stood, as {@code townships[0].organisations[0].members}. */
    private static String path(InputCoercionException e) {
        JsonParser parser = e.getProcessor();
        if (parser == null) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (var at = parser.getParsingContext().pathAsPointer(); at != null && !at.matches(); at = at.tail()) {
            if (at.getMatchingIndex() >= 0) {
                path.append('[').append(at.getMatchingIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(at.getMatchingProperty());
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
