package cn.county.reelection.campaign;

/** Candidate-group ids of the roles in DOMAIN.md "Who takes part". */
public final class Groups {

    private Groups() {}

    /** 乡党委书记: owns the township's re-election. */
    public static String townshipSecretary(String townshipCode) {
        return "township-" + townshipCode;
    }

    /** 乡党委办公室: drafts documents (T5). */
    public static String townshipOffice(String townshipCode) {
        return "office-" + townshipCode;
    }

    /** 代表资格审查小组. */
    public static String reviewGroup(String townshipCode) {
        return "review-" + townshipCode;
    }

    /** 支部书记 of one organisation (the BPMN spells it {@code branch-${organisationCode}}). */
    public static String branch(String organisationCode) {
        return "branch-" + organisationCode;
    }

    /** A village's or community's own people (村（居）两委, 选举委员会): run its re-election (V1–V9). */
    public static String village(String villageCode) {
        return "village-" + villageCode;
    }

    /** 县委组织部. */
    public static String county(String countyCode) {
        return "county-" + countyCode;
    }
}
