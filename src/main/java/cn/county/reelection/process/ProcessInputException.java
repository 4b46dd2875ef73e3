package cn.county.reelection.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Bad input on a task completion: the engine rolls the completion back and its REST API
 * answers 400 (it maps form-field validation failures to Bad Request), Tasklist shows the message.
 * The message names the field by its Chinese label ({@link FieldLabels}), e.g. {@code [T2] 请示正文：必须填写};
 * {@link #field()} keeps the variable name for API clients.
 */
public class ProcessInputException extends FormFieldValidationException {

    private final String rule;
    private final String field;

    public ProcessInputException(String rule, String field, String message) {
        super(field, "[" + rule + "] " + FieldLabels.label(rule, field) + "：" + message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
