package cn.county.reelection.campaign;

import java.util.regex.Pattern;

/** The codes of counties, townships, organisations and villages, as every campaign request gives them. */
public final class Codes {

    /** The county of a request that names none (its group is {@code county-county}). */
    public static final String DEFAULT_COUNTY = "county";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private Codes() {}

    /** Letters, digits, - and _, at most 32: safe in group ids, business keys and file names. */
    public static boolean valid(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The business key of a unit's process instance: the campaign's year and the unit's code, unique per year. */
    public static String businessKey(int year, String unitCode) {
        return year + "-" + unitCode;
    }

    public static String countyOrDefault(String countyCode) {
        return countyCode == null ? DEFAULT_COUNTY : countyCode;
    }
}
