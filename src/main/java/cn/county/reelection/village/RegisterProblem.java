package cn.county.reelection.village;

/**
 * A line of a voter register that the check reports (V1: 不重登、不漏登、不错登); it is left off the
 * published list, never dropped silently.
 */
public record RegisterProblem(int row, String name, String idNumber, Kind kind, String message) {

    /** What is wrong with the line. */
    public enum Kind {
        /** a required field (name, ID number) is empty. */
        MISSING_FIELD,
        /** the ID number fails GB 11643 (length, check character, birth date): 错登. */
        INVALID_ID,
        /** the birth date column disagrees with the ID number: 错登. */
        BIRTH_DATE_MISMATCH,
        /** the same ID number earlier in this register: 重登. */
        DUPLICATE,
        /** under 18 on election day: no right to vote. */
        UNDER_18,
        /** already registered in another village of the same campaign: 重登. */
        OTHER_VILLAGE
    }

    /** The rule every register finding cites. */
    public String rule() {
        return "V1";
    }
}
