package cn.county.reelection.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
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
      String json = raw instanceof String text ? text
          : raw instanceof org.camunda.spin.json.SpinJsonNode node ? node.toString()
          : mapper.writeValueAsString(raw);
      T value = mapper.readValue(json, type);
      if (value == null) {
        throw new ProcessInputException(rule, name, "必须填写");
      }
      return value;
    } catch (com.fasterxml.jackson.databind.exc.InvalidFormatException e) {
      throw new ProcessInputException(rule, name + pathOf(e), "取值不正确：" + e.getValue());
    } catch (UnrecognizedPropertyException e) {
      throw new ProcessInputException(rule, name + "." + e.getPropertyName(), "不认识的字段");
    } catch (JsonProcessingException e) {
      throw new ProcessInputException(rule, name + pathOf(e), "格式不正确（" + e.getOriginalMessage() + "）");
    }
  }

  private static String pathOf(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (var ref : mapping.getPath()) {
        path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
      }
      return path.toString();
    }
    return "";
  }

  public TypedValue json(Object value) {
    try {
      return SpinValues.jsonValue(mapper.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write process variable as JSON", e);
    }
  }
}
