package cn.county.reelection.sheet;

import java.util.List;

/** A file that cannot be imported, with every problem found (at most {@link SheetReader#MAX_ERRORS} listed). */
public class SheetException extends RuntimeException {

    private final transient List<SheetError> errors;
    private final int total;

    public SheetException(List<SheetError> errors, int total, String what) {
        super(summary(errors, total, what));
        this.errors = List.copyOf(errors);
        this.total = total;
    }

    /** A problem of the whole file: the answer names it directly. */
    public static SheetException ofFile(String sheet, String message) {
        return new SheetException(List.of(SheetError.ofFile(sheet, message)), 1, "");
    }

    private static String summary(List<SheetError> errors, int total, String what) {
        if (total == 1 && errors.get(0).row() == null) {
            return errors.get(0).message();
        }
        return "文件有%d处错误，未导入任何%s".formatted(total, what);
    }

    public List<SheetError> errors() {
        return errors;
    }

    /** How many problems there are, also those beyond the listed ones. */
    public int total() {
        return total;
    }
}
