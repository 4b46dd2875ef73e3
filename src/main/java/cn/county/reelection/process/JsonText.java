package cn.county.reelection.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * JSON the project writes and reads back itself: JSON columns of its records and the process's
 * {@code Json} variables. What the project wrote always reads back, so a failure here is a bug, not bad
 * input (bad input is read by {@link JsonVariables#read}).
 */
public final class JsonText {

    private JsonText() {}

    public static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static <T> T read(ObjectMapper mapper, String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read JSON as " + type.getSimpleName(), e);
        }
    }

    public static <T> T read(ObjectMapper mapper, String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot read JSON as " + type.getType().getTypeName(), e);
        }
    }

    /** JSON text as a process variable of Camunda's {@code Json} type (a Spin node). */
    public static TypedValue variable(String json) {
        return SpinValues.jsonValue(json).create();
    }

    /** A value as a process variable of Camunda's {@code Json} type. */
    public static TypedValue variable(ObjectMapper mapper, Object value) {
        return variable(write(mapper, value));
    }
}
