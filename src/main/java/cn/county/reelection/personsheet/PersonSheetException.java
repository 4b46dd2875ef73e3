package cn.county.reelection.personsheet;

import cn.county.reelection.sheet.SheetError;
import cn.county.reelection.sheet.SheetException;
import java.util.List;

/** A person list that cannot be imported, with every problem found. */
public class PersonSheetException extends SheetException {

    PersonSheetException(List<SheetError> errors, int total) {
        super(errors, total, "人员");
    }

    /** A problem of the whole file: the answer names it directly. */
    public static PersonSheetException ofFile(String sheet, String message) {
        return new PersonSheetException(List.of(SheetError.ofFile(sheet, message)), 1);
    }

    /** The reader's problems as the person list's. */
    static PersonSheetException of(SheetException e) {
        return new PersonSheetException(e.errors(), e.total());
    }
}
