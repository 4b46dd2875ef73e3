package cn.county.reelection.sheet;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.MediaType;

/**
 * The OpenAPI document of a workbook import ({@link SheetHttp#imported}): the uploaded workbook, required, and the
 * 400 answer with every problem of the file; {@link WorkbookImportExamples} adds the operation's own examples and
 * its 201 answer, the same as the form it stands for.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RequestBody(
        required = true,
        content =
                @Content(
                        mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                        schema = @Schema(implementation = SheetHttp.Upload.class)))
@ApiResponse(
        responseCode = "400",
        description = "文件有错误（errors列出每处）",
        content =
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = SheetHttp.ImportErrors.class)))
public @interface WorkbookImport {

    /** The workbook's name in the upload's example (换届导入.xlsx). */
    String file();

    /** The 400 answer to a workbook with problems, as JSON. */
    String errors();

    /** The 201 answer once the workbook has started the campaign: the body of the form's own start. */
    Class<?> started();
}
