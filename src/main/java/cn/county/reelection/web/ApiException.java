package cn.county.reelection.web;

import org.springframework.http.HttpStatus;

/** A request the API refuses, answered as {@code {"status","rule","field","message"}} (CONTRACT.md). */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String rule;
    private final String field;

    public ApiException(HttpStatus status, String rule, String field, String message) {
        super(message);
        this.status = status;
        this.rule = rule;
        this.field = field;
    }

    public static ApiException badRequest(String rule, String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, rule, field, message);
    }

    /**
     * A unit of a campaign request already runs under its business key (a year's campaign of the same
     * township or village): 409 on its code, {@code list[index].code}.
     */
    public static ApiException keyTaken(String list, int index, String unit, int year, String businessKey) {
        return new ApiException(
                HttpStatus.CONFLICT,
                null,
                list + "[" + index + "].code",
                "%s已在%d年的换届中（业务键%s）".formatted(unit, year, businessKey));
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, null, null, message);
    }

    public HttpStatus status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
