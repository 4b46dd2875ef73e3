package cn.county.reelection.village;

/** The steps of one village's or community's re-election, with their DOMAIN.md ids (V1–V10). */
public enum VillageStep {
    EVALUATION("民主测评上届两委成员", "V5"),
    MOBILISATION("召开选举工作动员会", "V9"),
    AUDIT("公布村级财务审计结果", "V5"),
    ELECTION_COMMITTEE("推选选举委员会", "V2"),
    REGISTRATION("登记选民并公布名单", "V1"),
    REPRESENTATIVES("推选小组长和代表", "V7"),
    COMMITTEE_ELECTION("提名并选举村（居）委会", "V3"),
    BRANCH_ELECTION("党支部换届选举", "V10"),
    SET_UP("健全下属组织", "V7"),
    REPORT("报告换届结果", "V8");

    private final String label;
    private final String rule;

    VillageStep(String label, String rule) {
        this.label = label;
        this.rule = rule;
    }

    public String label() {
        return label;
    }

    public String rule() {
        return rule;
    }
}
