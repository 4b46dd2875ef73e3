package cn.county.reelection.reporting;

import cn.county.reelection.documents.OfficialDocument;
import cn.county.reelection.reporting.CampaignSummary.Ballots;
import cn.county.reelection.reporting.CampaignSummary.Delegates;
import cn.county.reelection.reporting.CampaignSummary.StepFlag;
import cn.county.reelection.reporting.CampaignSummary.TownshipFigures;
import cn.county.reelection.vetting.CommitteeMakeup;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The county organisation department's report to the city on the townships' re-election work (关于…乡镇党委换届
 * 选举工作情况的报告), in the layout of the townships' own documents ({@link OfficialDocument}): the overall
 * position, the new committees' make-up, the delegates' make-up, the elections (turnout, re-votes, seats left
 * unfilled) and the steps done late, each with its table per township.
 */
public final class SummaryDocument {

    private SummaryDocument() {}

    public static String issuingOrgan(CampaignSummary summary) {
        return "中共" + summary.county() + "委员会组织部";
    }

    public static String title(CampaignSummary summary) {
        return "关于%s%d年乡镇党委换届选举工作情况的报告".formatted(summary.county(), summary.year());
    }

    public static byte[] docx(CampaignSummary summary) {
        String organ = issuingOrgan(summary);
        TownshipFigures total = summary.total();
        List<TownshipFigures> towns = summary.townships();
        long held = towns.stream().filter(t -> t.committee().total() > 0).count();
        // a report to a higher organ (上行文): its number and signer are filled in by the office that issues it (R15)
        String number = "%s组报〔%d〕\u3000\u3000号".formatted(summary.county().substring(0, 1), summary.year());
        OfficialDocument doc = new OfficialDocument(organ, number, "\u3000\u3000\u3000\u3000")
                .title(title(summary))
                .recipient("市委组织部：");
        doc.text("按照市委组织部关于乡镇党委换届选举工作的部署，%s%d个乡镇党委换届选举工作依次进行。截至%s，%d个乡镇已召开党代表大会选举产生新一届党委，"
                        .formatted(summary.county(), towns.size(), OfficialDocument.chineseDate(summary.today()), held)
                + "共选举产生党委委员%d名、党代会代表%d名。现将有关情况报告如下。"
                        .formatted(total.committee().total(), total.delegates().total()));

        doc.heading("一、新一届乡镇党委班子结构");
        CommitteeMakeup c = total.committee();
        doc.text(
                c.total() == 0
                        ? "尚无乡镇选举产生新一届党委委员。"
                        : ("新一届党委委员%d名，平均年龄%s岁；45岁以下%d名，占%s；35岁以下%d名，占%s；女性%d名，" + "少数民族%d名；大专及以上学历%d名，占%s。")
                                        .formatted(
                                                c.total(),
                                                age(c),
                                                c.under45(),
                                                share(c.under45(), c.known()),
                                                c.under35(),
                                                share(c.under35(), c.known()),
                                                c.women(),
                                                c.minorities(),
                                                c.collegeOrAbove(),
                                                share(c.collegeOrAbove(), c.known()))
                                + (c.unknown() == 0 ? "" : "另选他人当选%d名，无人员信息，未计入以上比例。".formatted(c.unknown())));
        List<List<String>> committeeRows = new ArrayList<>();
        for (TownshipFigures t : withTotal(summary)) {
            CommitteeMakeup m = t.committee();
            committeeRows.add(List.of(
                    t.name(),
                    str(m.total()),
                    m.averageAge() == null ? "—" : age(m),
                    str(m.under45()),
                    str(m.under35()),
                    str(m.women()),
                    str(m.minorities()),
                    str(m.collegeOrAbove())));
        }
        doc.table(
                List.of("乡镇", "委员", "平均年龄", "45岁以下", "35岁以下", "女性", "少数民族", "大专及以上"),
                new int[] {16, 10, 12, 13, 13, 10, 13, 13},
                committeeRows);

        doc.heading("二、党代会代表结构");
        Delegates d = total.delegates();
        doc.text(
                d.total() == 0
                        ? "尚无乡镇选举产生党代会代表。"
                        : ("选举产生乡镇党代会代表%d名，其中生产和工作一线党员%d名，占%s；45岁以下%d名，占%s；" + "专业技术人员%d名，占%s；女性%d名，少数民族%d名。")
                                .formatted(
                                        d.total(),
                                        d.frontLine(),
                                        share(d.frontLine(), d.total()),
                                        d.under45(),
                                        share(d.under45(), d.total()),
                                        d.professional(),
                                        share(d.professional(), d.total()),
                                        d.women(),
                                        d.minorities()));
        List<List<String>> delegateRows = new ArrayList<>();
        for (TownshipFigures t : withTotal(summary)) {
            Delegates x = t.delegates();
            delegateRows.add(List.of(
                    t.name(),
                    str(x.total()),
                    str(x.frontLine()),
                    str(x.under45()),
                    str(x.professional()),
                    str(x.women()),
                    str(x.minorities())));
        }
        doc.table(
                List.of("乡镇", "代表", "一线党员", "45岁以下", "专业技术", "女性", "少数民族"),
                new int[] {19, 12, 14, 14, 14, 12, 15},
                delegateRows);

        doc.heading("三、选举情况");
        doc.text(
                total.turnout().isEmpty()
                        ? "尚未进行选举。"
                        : "各项选举第一次有效投票的参会情况："
                                + total.turnout().stream()
                                        .map(t -> "%s选举应到%d人、实到%d人，参会率%s"
                                                .formatted(
                                                        t.label(),
                                                        t.entitled(),
                                                        t.present(),
                                                        share(t.present(), t.entitled())))
                                        .collect(Collectors.joining("；"))
                                + "。");
        List<Ballots> more = total.moreBallots();
        doc.text(
                more.isEmpty()
                        ? "各项选举均一次投票完成。"
                        : "%d项选举因票数相等或名额未选足等原因进行了另行投票，%s。"
                                .formatted(
                                        more.size(),
                                        total.unfilledSeats() == 0
                                                ? "最终均选足名额"
                                                : "仍有%d个名额未选足，已按规定报告".formatted(total.unfilledSeats())));
        if (!more.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (TownshipFigures t : towns) {
                for (Ballots b : t.moreBallots()) {
                    rows.add(List.of(
                            t.name(), b.label(), b.organisation() == null ? "—" : b.organisation(), str(b.ballots())));
                }
            }
            doc.table(List.of("乡镇", "选举", "党组织", "投票次数"), new int[] {22, 30, 30, 18}, rows);
        }

        doc.heading("四、工作进度");
        List<String> overdue = flags(towns, true);
        List<String> late = flags(towns, false);
        doc.text(
                overdue.isEmpty() && late.isEmpty()
                        ? "各乡镇均按期完成各步骤。"
                        : (overdue.isEmpty()
                                        ? ""
                                        : "逾期未完成的步骤%d项：%s。".formatted(overdue.size(), String.join("；", overdue)))
                                + (late.isEmpty()
                                        ? ""
                                        : "逾期完成的步骤%d项：%s。".formatted(late.size(), String.join("；", late))));
        doc.text("特此报告。");
        return doc.sign(organ, summary.today());
    }

    private static List<TownshipFigures> withTotal(CampaignSummary summary) {
        List<TownshipFigures> rows = new ArrayList<>(summary.townships());
        rows.add(summary.total());
        return rows;
    }

    private static List<String> flags(List<TownshipFigures> towns, boolean overdue) {
        List<String> lines = new ArrayList<>();
        for (TownshipFigures t : towns) {
            List<StepFlag> flags = overdue ? t.overdue() : t.late();
            if (!flags.isEmpty()) {
                lines.add(t.name()
                        + flags.stream()
                                .map(f -> f.step() + "“" + f.label() + "”")
                                .collect(Collectors.joining("、")));
            }
        }
        return lines;
    }

    static String share(int part, int whole) {
        return whole == 0 ? "—" : "%.1f%%".formatted(part * 100.0 / whole);
    }

    private static String age(CommitteeMakeup m) {
        return "%.1f".formatted(m.averageAge());
    }

    private static String str(int n) {
        return String.valueOf(n);
    }
}
