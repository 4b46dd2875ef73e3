package cn.county.reelection.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/** Reads and writes the process's {@code Json} variables (tally, lists of persons, race state). */
@Component
public class JsonVariables {

    private final ObjectMapper mapper;

    public JsonVariables(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T read(VariableScope scope, String name, Class<T> type, String rule) {
        return read(scope, name, mapper.constructType(type), rule);
    }

    public <T> List<T> readList(VariableScope scope, String name, Class<T> element, String rule) {
        return read(scope, name, mapper.getTypeFactory().constructCollectionType(List.class, element), rule);
    }

    private <T> T read(VariableScope scope, String name, JavaType type, String rule) {
        Object raw = scope.getVariable(name);
        if (raw == null) {
            throw new ProcessInputException(rule, name, "必须填写");
        }
        try {
            // a Json variable comes back as a Spin node, a String variable as text, a Java object as itself
            String json = raw instanceof String text
                    ? text
                    : raw instanceof SpinJsonNode node ? node.toString() : mapper.writeValueAsString(raw);
            T value = mapper.readValue(json, type);
            if (value == null) {
                throw new ProcessInputException(rule, name, "必须填写");
            }
            return value;
        } catch (InvalidFormatException e) {
            throw new ProcessInputException(
                    rule, name + pathOf(e), "取值不正确：" + e.getValue() + expected(e.getTargetType()));
        } catch (UnrecognizedPropertyException e) {
            throw new ProcessInputException(rule, name + "." + e.getPropertyName(), "不认识的字段");
        } catch (MismatchedInputException e) {
            throw new ProcessInputException(rule, name + pathOf(e), "格式不正确" + expected(e.getTargetType()));
        } catch (JsonProcessingException e) {
            // Jackson's own wording is English and technical; the person needs to know where, not how
            throw new ProcessInputException(rule, name + pathOf(e), "不是有效的JSON");
        }
    }

    /** What a value of this type looks like, in words. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type.isEnum()) {
            return "（应为"
                    + Arrays.stream(type.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining("、")) + "）";
        }
        if (type == LocalDate.class) {
            return "（日期格式应为YYYY-MM-DD）";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "（应为整数）";
        }
        if (List.class.isAssignableFrom(type)) {
            return "（应为列表）";
        }
        return "";
    }

    private static String pathOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (var ref : mapping.getPath()) {
                path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
            }
            return path.toString();
        }
        return "";
    }

    public TypedValue json(Object value) {
        return JsonText.variable(mapper, value);
    }
}
