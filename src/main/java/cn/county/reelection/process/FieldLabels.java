package cn.county.reelection.process;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese label of every field a person can get wrong: process variables of both processes, the
 * fields inside them (persons, tallies) and the fields of the project API's bodies. Error messages name
 * a field by this label; the JSON {@code field} keeps the variable name for API clients.
 *
 * <p>A path names nested fields: {@code delegateCandidates[3].birthDate} reads 代表候选人名单第4行 出生日期.
 */
public final class FieldLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            // township process (T1–T9)
            Map.entry("congressDate", "党代表大会召开日期"),
            Map.entry("list", "名单类型"),
            Map.entry("username", "用户名"),
            Map.entry("password", "密码"),
            Map.entry("delegateQuota", "代表名额"),
            Map.entry("committeeSeats", "党委委员名额"),
            Map.entry("disciplineSeats", "纪委委员名额"),
            Map.entry("countyDelegateSeats", "出席县党代会代表名额"),
            Map.entry("requestText", "请示正文"),
            Map.entry("reportText", "报告正文"),
            Map.entry("signer", "签发人"),
            Map.entry("contactName", "联系人"),
            Map.entry("contactPhone", "联系电话"),
            Map.entry("text", "正文"),
            Map.entry("race", "选举项目"),
            Map.entry("process", "流程"),
            Map.entry("fromVersion", "原版本"),
            Map.entry("toVersion", "新版本"),
            Map.entry("delegateCandidates", "代表候选人名单"),
            Map.entry("committeeNominees", "党委委员候选人名单"),
            Map.entry("disciplineNominees", "纪委委员候选人名单"),
            Map.entry("approved", "审批结论"),
            Map.entry("comment", "审批意见"),
            // T5, T6: the congress's agenda, election method, presidium and delegations
            Map.entry("agenda", "大会议程"),
            Map.entry("electionMethod", "选举办法"),
            Map.entry("races", "选举项目"),
            Map.entry("presidium", "大会主席团"),
            Map.entry("delegationGroups", "代表团分组"),
            Map.entry("delegates", "代表"),
            Map.entry("group", "代表团名称"),
            // T4: a nominee's materials
            Map.entry("nominee", "候选人预备人选"),
            Map.entry("material", "材料"),
            Map.entry("raceState", "选举进程"),
            Map.entry("raceStateId", "选举进程"),
            Map.entry("replacements", "替补人选"), // R7, R8: the replaced candidate's name to the replacement's
            Map.entry("committee", "当选党委委员"), // R4 on the committee elected at T7
            // the make-up of the elected delegates (R2)
            Map.entry("frontLine", "一线党员"),
            Map.entry("under45", "45岁以下"),
            Map.entry("professional", "专业技术人员"),
            Map.entry("women", "女性"),
            Map.entry("minorities", "少数民族"),
            // a person (candidate lists, nominee lists, village candidates)
            Map.entry("name", "姓名"),
            Map.entry("gender", "性别"),
            Map.entry("birthDate", "出生日期"),
            Map.entry("ethnicity", "民族"),
            Map.entry("education", "学历"),
            Map.entry("category", "人员类别"),
            Map.entry("post", "拟任职务"),
            // a tally (R6, R10), in a task and in POST /api/tally
            Map.entry("tally", "计票结果"),
            Map.entry("ballotsCsv", "选票文件"),
            Map.entry("body", "选票文件"),
            Map.entry("kind", "选举方式"),
            Map.entry("seats", "应选名额"),
            Map.entry("minimumCandidates", "最少候选人数"),
            Map.entry("entitled", "应到人数"),
            Map.entry("present", "实到人数"),
            Map.entry("candidates", "候选人名单"),
            Map.entry("ballots", "选票"),
            Map.entry("counts", "得票情况"),
            Map.entry("ballotsCast", "收回选票数"),
            Map.entry("ballotsVoid", "废票数"),
            Map.entry("rows", ""), // the rows of a tally: "计票结果第3行 得票数"
            Map.entry("votes", "得票数"),
            Map.entry("writeIn", "另选他人"),
            Map.entry("scrutineers", "监票人"), // R13, beside the tally
            Map.entry("counters", "计票人"),
            // village process (V1–V11)
            Map.entry("evaluationText", "测评和考察情况"),
            Map.entry("mobilised", "已召开动员会"),
            Map.entry("auditText", "审计结果"),
            Map.entry("auditPublished", "审计结果已公示"),
            Map.entry("electionCommittee", "选举委员会成员"),
            Map.entry("register", "选民登记表"),
            Map.entry("listPublished", "选民名单已公布"),
            Map.entry("representatives", "村（居）民代表人数"),
            Map.entry("groupLeaders", "村（居）民小组长人数"),
            Map.entry("committeeCandidates", "村（居）委会候选人名单"),
            Map.entry("candidatesPublished", "正式候选人名单已公布"),
            Map.entry("branchSeats", "支部委员名额"),
            Map.entry("partyMembers", "党员人数"),
            Map.entry("branchCandidates", "支部委员候选人名单"),
            Map.entry("financialGroup", "民主理财小组成员"),
            Map.entry("subCommitteesSetUp", "工作委员会已建立"),
            // project API bodies and parameters
            Map.entry("county", "县名称"),
            Map.entry("countyCode", "县代码"),
            Map.entry("year", "年份"),
            Map.entry("deadlines", "期限"),
            Map.entry("townships", "乡镇"),
            Map.entry("code", "代码"),
            Map.entry("organisations", "所属党组织"),
            Map.entry("members", "党员人数"),
            Map.entry("calendar", "工作日历"),
            Map.entry("holidays", "放假日期"),
            Map.entry("workdays", "调休上班日期"),
            Map.entry("townshipCode", "乡镇代码"),
            Map.entry("townshipName", "乡镇名称"),
            Map.entry("villages", "村（社区）"),
            Map.entry("variant", "类型"),
            Map.entry("households", "户数"),
            Map.entry("meeting", "选举会议"),
            Map.entry("representativesOrder", "代表推选顺序"),
            Map.entry("file", "上传的文件"),
            Map.entry("electionDay", "选举日"),
            Map.entry("document", "文件"),
            Map.entry("enabled", "是否接收通知"));

    /** Where a village's variable means something else than the township's one of the same name (V rules). */
    private static final Map<String, String> VILLAGE = Map.of("committeeSeats", "村（居）委会委员名额");

    /** Lists counted in pieces rather than rows; the rest (persons, tally rows, lines of a file) in rows. */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("ballots", "张"),
            Map.entry("townships", "个"),
            Map.entry("organisations", "个"),
            Map.entry("villages", "个"),
            Map.entry("holidays", "个"),
            Map.entry("workdays", "个"),
            Map.entry("candidates", "个"),
            Map.entry("counts", "个"),
            Map.entry("agenda", "项"),
            Map.entry("races", "项"),
            Map.entry("presidium", "名"),
            Map.entry("delegationGroups", "个"),
            Map.entry("delegates", "名"),
            Map.entry("scrutineers", "名"),
            Map.entry("counters", "名"));

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private FieldLabels() {}

    /** The label of a field or path, e.g. {@code 代表候选人名单第4行 出生日期}; unknown names stay as they are. */
    public static String label(String field) {
        return label(null, field);
    }

    /** The label as the rule's process reads it: a village rule (V1–V11) uses the village's own words. */
    public static String label(String rule, String field) {
        if (field == null || field.isBlank()) {
            return "";
        }
        boolean village = rule != null && rule.startsWith("V");
        StringBuilder label = new StringBuilder();
        String previous = null;
        Matcher m = SEGMENT.matcher(field);
        while (m.find()) {
            if (m.group(2) != null) {
                label.append('第').append(Integer.parseInt(m.group(2)) + 1).append(UNITS.getOrDefault(previous, "行"));
                continue;
            }
            String name = m.group(1);
            String text = village && VILLAGE.containsKey(name) ? VILLAGE.get(name) : LABELS.getOrDefault(name, name);
            if (!text.isEmpty() && !label.isEmpty()) {
                label.append(' ');
            }
            label.append(text);
            previous = name;
        }
        return label.toString();
    }

    /** The label of one plain name, if the table has it. */
    public static Optional<String> known(String name) {
        return Optional.ofNullable(LABELS.get(name));
    }
}
