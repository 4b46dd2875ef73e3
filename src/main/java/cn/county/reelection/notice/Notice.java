package cn.county.reelection.notice;

import java.util.List;

/**
 * One notice before it is sent: who is told (the members of {@code groups} by e-mail, with the roles'
 * own addresses; the robots of {@code scopes}: {@link NoticeSetting#COUNTY} or a township code) and what.
 * It carries names of places, steps, tasks and posts only: never votes, ballots or a person's data.
 */
public record Notice(
        Kind kind, String countyCode, String subject, String text, List<String> groups, List<String> scopes) {

    public enum Kind {
        TASK_ARRIVED("新任务"),
        DUE_SOON("任务即将到期"),
        OVERDUE("逾期"),
        RETURNED("退回"),
        UNFILLED_SEATS("名额空缺"),
        DIGEST("每日汇总");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Notice {
        groups = List.copyOf(groups);
        scopes = List.copyOf(scopes);
    }

    /** The subject every notice starts with, so that a 钉钉 robot's keyword (换届) lets it through. */
    static String subject(Kind kind, String what) {
        return "【换届选举·" + kind.label() + "】" + what;
    }
}
