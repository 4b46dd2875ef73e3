package cn.county.reelection.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;

/** An error answer of an operation, documented as the {@link ApiError} body every error of the API has. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(
        content =
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = ApiError.class)))
public @interface ErrorResponse {

    /** The HTTP status: 400, 403 … */
    @AliasFor(annotation = ApiResponse.class, attribute = "responseCode")
    String status();

    /** When the operation answers so (不是本县的县委组织部或管理员). */
    @AliasFor(annotation = ApiResponse.class, attribute = "description")
    String description() default "";
}
