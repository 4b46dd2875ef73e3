package cn.county.reelection.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a name may contain: the names of counties, townships, Party
 * organisations and persons are letters of any script (Chinese included), digits, the middle dot of
 * ethnic-minority names (·), brackets, hyphens and spaces. Anything else — quotes, semicolons, angle
 * brackets, control characters — is refused, so that SQL or script text never becomes a name shown on a
 * board, a ballot or a report. Plain Java; each caller turns the reason into its own error.
 */
public final class Names {

    /** Longest person name (a transliterated ethnic-minority name can be long). */
    public static final int PERSON_MAX = 40;
    /** Longest name of a county, township or organisation. */
    public static final int PLACE_MAX = 50;

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}·・（）() \\u3000-]+");

    private Names() {}

    /** The reason {@code name} is refused, in Chinese; empty when it is a proper name of at most {@code max} characters. */
    public static Optional<String> problem(String name, int max) {
        if (name == null || name.isBlank()) {
            return Optional.of("必须填写");
        }
        if (name.length() > max) {
            return Optional.of("最多%d个字".formatted(max));
        }
        if (!ALLOWED.matcher(name).matches()) {
            return Optional.of("“%s”含有不允许的字符：名称只能由文字、数字、间隔号（·）、括号、连字符和空格组成".formatted(shown(name)));
        }
        return Optional.empty();
    }

    /** The name as it may be quoted back: control characters replaced, cut to 60 characters. */
    private static String shown(String name) {
        String visible = name.replaceAll("\\p{Cntrl}", "?");
        return visible.length() > 60 ? visible.substring(0, 60) + "…" : visible;
    }
}
