package cn.county.reelection.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of plain process variables with errors users can act on. */
public final class ProcessVariables {

    private ProcessVariables() {}

    public static long townshipId(VariableScope scope) {
        return ((Number) scope.getVariable("townshipId")).longValue();
    }

    public static int requiredInt(VariableScope scope, String name, String rule, int min, int max) {
        Object raw = scope.getVariable(name);
        int value;
        if (raw instanceof Number number) {
            value = number.intValue();
        } else if (raw instanceof String text && text.trim().matches("-?\\d{1,9}")) {
            value = Integer.parseInt(text.trim());
        } else {
            throw new ProcessInputException(rule, name, raw == null ? "必须填写" : "必须是整数");
        }
        if (value < min || value > max) {
            throw new ProcessInputException(rule, name, "应在%d到%d之间，现为%d".formatted(min, max, value));
        }
        return value;
    }

    public static LocalDate requiredDate(VariableScope scope, String name, String rule, ZoneId zone) {
        Object raw = scope.getVariable(name);
        if (raw instanceof Date date) {
            return date.toInstant().atZone(zone).toLocalDate();
        }
        if (raw instanceof String text) {
            try {
                return LocalDate.parse(text.trim().length() > 10 ? text.trim().substring(0, 10) : text.trim());
            } catch (DateTimeParseException e) {
                throw new ProcessInputException(rule, name, "日期格式应为YYYY-MM-DD");
            }
        }
        throw new ProcessInputException(rule, name, raw == null ? "必须填写" : "必须是日期");
    }

    public static String requiredText(VariableScope scope, String name, String rule) {
        Object raw = scope.getVariable(name);
        if (!(raw instanceof String text) || text.isBlank()) {
            throw new ProcessInputException(rule, name, "必须填写");
        }
        return text;
    }
}
