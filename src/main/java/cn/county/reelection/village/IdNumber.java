package cn.county.reelection.village;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 18-character resident identity card number (居民身份证号码, GB 11643-1999): six digits of
 * address, eight of birth date, three of sequence (odd for men, even for women), one check character
 * (ISO 7064 MOD 11-2, {@code X} for 10). A number failing these is an error in the register (V1 不错登).
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private IdNumber() {}

    /** The number in its canonical form (trimmed, upper-case X), or empty when it is not a valid number. */
    public static Optional<String> valid(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String id = raw.trim().toUpperCase();
        if (!id.matches("\\d{17}[\\dX]")
                || checkCharacter(id) != id.charAt(17)
                || birthDate(id).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(id);
    }

    /** The check character the first 17 digits call for. */
    public static char checkCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The birth date written in the number (characters 7–14), if it is a real date. */
    public static Optional<LocalDate> birthDate(String id) {
        try {
            LocalDate date = LocalDate.of(
                    Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            return date.getYear() < 1890 ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** M or F by the sequence's last digit (character 17). */
    public static String gender(String id) {
        return (id.charAt(16) - '0') % 2 == 1 ? "M" : "F";
    }

    /** A valid number for a birth date and sequence (for demo data and tests). */
    public static String of(String area, LocalDate birth, int sequence) {
        String first17 = area
                + "%04d%02d%02d".formatted(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + "%03d".formatted(sequence);
        return first17 + checkCharacter(first17);
    }
}
