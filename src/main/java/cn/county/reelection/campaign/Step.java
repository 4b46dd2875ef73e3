package cn.county.reelection.campaign;

/** The steps T1–T9 of one township's re-election timeline (DOMAIN.md "T"). */
public enum Step {
    T1("部署换届工作"),
    T2("呈报召开党代会请示"),
    T3("选举产生党代会代表"),
    T4("确定两委候选人预备人选"),
    T5("起草大会材料"),
    T6("召开筹备会议"),
    T7("召开党代表大会"),
    T8("召开两委一次全会"),
    T9("呈报选举结果");

    private final String label;

    Step(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
