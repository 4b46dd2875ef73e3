package cn.county.reelection.vetting;

/**
 * One finding of a make-up check: the rule it comes from, whether it is a hard minimum
 * (it blocks) or a warning, the field it concerns, and a message in Chinese.
 */
public record Finding(String rule, boolean hard, String field, String message) {

    public static Finding hard(String rule, String field, String message) {
        return new Finding(rule, true, field, message);
    }

    public static Finding warning(String rule, String field, String message) {
        return new Finding(rule, false, field, message);
    }

    /** "【须整改】[R2] …" or "【提示】[R4] …", as the reviewer reads it. */
    public String line() {
        return (hard ? "【须整改】" : "【提示】") + "[" + rule + "] " + message;
    }
}
