package cn.county.reelection.terms;

/** The bodies whose terms the register keeps (DOMAIN.md R1, T1 term, V10), each with its name in Chinese. */
public enum TermBody {
    TOWNSHIP_COMMITTEE("乡镇党委"),
    VILLAGE_COMMITTEE("村（居）民委员会"),
    VILLAGE_BRANCH("村（社区）党支部");

    private final String label;

    TermBody(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
