package cn.county.reelection.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.MediaType;

/**
 * An example of what an operation takes, for its OpenAPI document: the body becomes required and shows the example
 * under its media type. {@link ApiExamples} puts it in, so that an operation says only what differs.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BodyExample {

    /** The example: JSON is shown as JSON, anything else as text (a multipart form in words). */
    String value();

    String mediaType() default MediaType.APPLICATION_JSON_VALUE;

    /** The example's name where the media type lists its examples by name; empty for the one example. */
    String name() default "";
}
