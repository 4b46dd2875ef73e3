package cn.county.reelection.election;

/** Input no ballot can produce (present above entitled, negative votes …): refused, not counted. */
public class TallyInputException extends RuntimeException {

    private final String field;
    private final String rule;

    public TallyInputException(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
