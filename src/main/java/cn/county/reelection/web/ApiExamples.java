package cn.county.reelection.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Puts the examples that annotations cannot hold as parameters into the OpenAPI document: an annotation's attribute
 * can fill a composed annotation's own attributes, not those nested in its {@code @Content}. Shown as the
 * annotations of Swagger show them: JSON as JSON, other text as text.
 */
@Component
public class ApiExamples implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        BodyExample body = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(), BodyExample.class);
        if (body != null) {
            body(operation, body.mediaType(), body.name(), body.value());
        }
        return operation;
    }

    /** The request body becomes required and shows {@code example}, by {@code name} where one is given. */
    public static void body(Operation operation, String mediaType, String name, String example) {
        if (operation.getRequestBody() == null) {
            operation.setRequestBody(new RequestBody());
        }
        RequestBody body = operation.getRequestBody().required(true);
        if (body.getContent() == null) {
            body.setContent(new Content());
        }
        show(body.getContent().computeIfAbsent(mediaType, type -> new MediaType()), name, example);
    }

    /** The answer with {@code status} shows {@code example} under {@code mediaType}; the answer is documented already. */
    public static void response(Operation operation, String status, String mediaType, String example) {
        ApiResponse response = operation.getResponses().get(status);
        show(response.getContent().get(mediaType), "", example);
    }

    private static void show(MediaType media, String name, String example) {
        Object value = value(example);
        if (name.isEmpty()) {
            media.setExample(value);
        } else {
            media.addExamples(name, new Example().description(name).value(value));
        }
    }

    private static Object value(String example) {
        try {
            return Json.mapper().readTree(example);
        } catch (JsonProcessingException e) {
            return example;
        }
    }
}
