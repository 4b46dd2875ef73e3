package cn.county.reelection.sheet;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem of an imported sheet, where the user finds it: the sheet's name (null for CSV), the row as the
 * spreadsheet shows it (1-based, the header is row 1), the column letter and its header text. A problem of the
 * whole file (not a spreadsheet, no header) has no row; a missing column has the header row and no letter.
 * {@code rule} is the DOMAIN.md rule the value breaks, where one applies.
 */
public record SheetError(
        String sheet,
        Integer row,
        String column,
        String columnLabel,
        String message,
        @JsonInclude(JsonInclude.Include.NON_NULL) String rule) {

    public SheetError(String sheet, Integer row, String column, String columnLabel, String message) {
        this(sheet, row, column, columnLabel, message, null);
    }

    public static SheetError ofFile(String sheet, String message) {
        return new SheetError(sheet, null, null, null, message);
    }

    /** The text a problem reads: {@code [R2] 党员人数：…}, the rule first when there is one. */
    public static String labelled(String rule, String label, String message) {
        return (rule == null ? "" : "[" + rule + "] ") + (label == null ? "" : label + "：") + message;
    }
}
