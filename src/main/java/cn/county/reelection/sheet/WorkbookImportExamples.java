package cn.county.reelection.sheet;

import cn.county.reelection.web.ApiExamples;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * The examples of a {@link WorkbookImport}: the upload in words, the answer to a workbook with problems, and the
 * 201 answer.
 */
@Component
public class WorkbookImportExamples implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        WorkbookImport doc =
                AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(), WorkbookImport.class);
        if (doc != null) {
            ApiExamples.body(
                    operation,
                    MediaType.MULTIPART_FORM_DATA_VALUE,
                    "workbook",
                    "file=@" + doc.file() + "（multipart/form-data，字段名file）");
            ApiExamples.response(operation, "400", MediaType.APPLICATION_JSON_VALUE, doc.errors());
            // the form's start answers with the same class, so the document holds it among its components
            operation
                    .getResponses()
                    .addApiResponse(
                            "201",
                            new ApiResponse()
                                    .description("已启动")
                                    .content(new Content()
                                            .addMediaType(
                                                    MediaType.APPLICATION_JSON_VALUE,
                                                    new io.swagger.v3.oas.models.media.MediaType()
                                                            .schema(new Schema<>()
                                                                    .$ref(doc.started()
                                                                            .getSimpleName())))));
        }
        return operation;
    }
}
