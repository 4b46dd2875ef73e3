package cn.county.reelection.documents;

import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.congress.CongressPreparation;
import cn.county.reelection.congress.RaceRecord;
import cn.county.reelection.congress.RaceRecordRepository;
import cn.county.reelection.congress.RaceService;
import cn.county.reelection.election.CandidateResult;
import cn.county.reelection.election.TallyResult;
import cn.county.reelection.vetting.CandidateList;
import cn.county.reelection.vetting.CandidateLists;
import cn.county.reelection.vetting.Person;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the township committee's documents to the county from the process data: the T2 request
 * to convene the congress, the T4 request with the preliminary nominees (R4, R5) and the T9 report
 * of the results (R6–R9).
 */
@Service
@Transactional(readOnly = true)
public class DocumentService {

    static final String RECIPIENT = "县委组织部：";

    private final TownshipRepository townships;
    private final CandidateLists candidates;
    private final RaceRecordRepository races;
    private final RaceService raceService;
    private final DocumentNumbers numbers;
    private final CongressPreparation preparation;

    public DocumentService(
            TownshipRepository townships,
            CandidateLists candidates,
            RaceRecordRepository races,
            RaceService raceService,
            DocumentNumbers numbers,
            CongressPreparation preparation) {
        this.preparation = preparation;
        this.numbers = numbers;
        this.townships = townships;
        this.candidates = candidates;
        this.races = races;
        this.raceService = raceService;
    }

    /** "中共羊岑乡委员会". */
    public static String issuingOrgan(Township township) {
        return "中共" + township.getName() + "委员会";
    }

    /**
     * The document of {@code kind} dated {@code date}, numbered once per township and year (R15); {@code written}
     * is what the secretary wrote with it ({@code requestText} of T2, {@code reportText} of T9; none for T4) and the
     * signer and contact person, whose salutation and closing the document writes itself.
     */
    @Transactional
    public byte[] build(DocumentKind kind, long townshipId, WrittenParts written, LocalDate date) {
        written.checked();
        return build(
                kind,
                townships.findById(townshipId).orElseThrow(),
                written,
                date,
                numbers.numberOf(townshipId, kind, date.getYear()));
    }

    /** The document as {@link #build} would write it now, with the number it has or would get, keeping nothing. */
    public byte[] preview(DocumentKind kind, long townshipId, WrittenParts written, LocalDate date) {
        written.checked();
        return build(
                kind,
                townships.findById(townshipId).orElseThrow(),
                written,
                date,
                numbers.peek(townshipId, kind, date.getYear()));
    }

    private byte[] build(
            DocumentKind kind, Township township, WrittenParts written, LocalDate date, DocumentNumber documentNumber) {
        String number = DocumentNumbers.format(township, documentNumber);
        OfficialDocument doc = new OfficialDocument(
                        issuingOrgan(township), number, kind.isRequest() ? written.signerOrBlank() : null)
                .title(issuingOrgan(township) + "关于" + kind.title())
                .recipient(RECIPIENT);
        String text = written.body(issuingOrgan(township), township.getName());
        switch (kind) {
            case T2 -> conveneRequest(doc, township, text);
            case T4 -> nomineeRequest(doc, township, date);
            case T9 -> resultReport(doc, township, text);
        }
        return doc.sign(issuingOrgan(township), date, written.contactNote());
    }

    /** T2: congress date, delegate quota, seats of both committees and county delegates (T1's plan). */
    private void conveneRequest(OfficialDocument doc, Township township, String requestText) {
        if (requestText != null) {
            doc.text(requestText);
        }
        String congress = "中国共产党" + township.getName() + "代表大会";
        doc.text("根据党章和《中国共产党基层组织选举工作条例》的规定，经乡党委研究，拟于%s召开%s，进行换届选举。现将有关事项请示如下："
                .formatted(OfficialDocument.chineseDate(township.getCongressDate()), congress));
        doc.heading("一、会议时间");
        doc.text("%s，会期一天。".formatted(OfficialDocument.chineseDate(township.getCongressDate())));
        doc.heading("二、代表名额");
        doc.text("出席大会的代表名额为%d名，按各基层党组织党员人数分配，由各基层党组织党员大会选举产生（差额不少于20%%）。".formatted(township.getDelegateQuota()));
        doc.heading("三、委员会组成");
        doc.text("新一届党委委员%d名，其中书记1名、副书记2名；纪委委员%d名，其中书记1名、副书记1名。党委委员、纪委委员均实行差额选举。"
                .formatted(township.getCommitteeSeats(), township.getDisciplineSeats()));
        doc.heading("四、出席县党代会代表");
        doc.text("大会选举产生出席县党代表大会代表%d名，实行差额选举。".formatted(township.getCountyDelegateSeats()));
        doc.text("妥否，请批示。");
    }

    /** T4: both nominee lists with the particulars the county vets, and their make-up (R4, R5). */
    private void nomineeRequest(OfficialDocument doc, Township township, LocalDate date) {
        List<Person> committee = candidates.persons(township.getId(), CandidateList.ListKind.COMMITTEE_NOMINEE, null);
        List<Person> discipline = candidates.persons(township.getId(), CandidateList.ListKind.DISCIPLINE_NOMINEE, null);
        doc.text("根据换届工作安排，经过民主推荐、组织考察，乡党委会议按照干部队伍“四化”方针和结构合理的要求，研究确定了新一届党委委员、"
                + "纪委委员候选人预备人选。%s拟于%s召开，现将候选人预备人选请示如下："
                        .formatted(
                                "中国共产党" + township.getName() + "代表大会",
                                OfficialDocument.chineseDate(township.getCongressDate())));
        doc.heading("一、党委委员候选人预备人选（%d名，应选%d名）".formatted(committee.size(), township.getCommitteeSeats()));
        nominees(doc, committee, date);
        doc.heading("二、纪委委员候选人预备人选（%d名，应选%d名）".formatted(discipline.size(), township.getDisciplineSeats()));
        nominees(doc, discipline, date);
        doc.text("以上人选均经组织考察，干部任免审批表和考察材料另附。");
        doc.text("妥否，请批示。");
    }

    private void nominees(OfficialDocument doc, List<Person> list, LocalDate date) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Person p = list.get(i);
            rows.add(List.of(
                    String.valueOf(i + 1),
                    p.name(),
                    gender(p.gender()),
                    p.birthDate() == null
                            ? ""
                            : "%d.%02d（%d岁）"
                                    .formatted(
                                            p.birthDate().getYear(),
                                            p.birthDate().getMonthValue(),
                                            age(p, date)),
                    nonNull(p.ethnicity()),
                    education(p.education()),
                    post(p.post())));
        }
        doc.table(List.of("序号", "姓名", "性别", "出生年月（年龄）", "民族", "学历", "拟任职务"), new int[] {8, 17, 8, 25, 9, 15, 18}, rows);
        long under45 = count(list, p -> p.birthDate() != null && age(p, date) < 45);
        doc.text("其中，女性%d名，少数民族%d名；45岁以下%d名，占%d%%；35岁以下%d名；大专及以上学历%d名。"
                .formatted(
                        count(list, p -> p.gender() == Person.Gender.F),
                        count(list, p -> p.ethnicity() != null && !p.ethnicity().equals("汉族")),
                        under45,
                        list.isEmpty() ? 0 : Math.round(100.0 * under45 / list.size()),
                        count(list, p -> p.birthDate() != null && age(p, date) < 35),
                        count(list, p -> p.education() != null && p.education() != Person.Education.HIGH_SCHOOL)));
    }

    /**
     * T9 (amended): attendance; every race of the congress and of the first plenaries with everyone it elected, then
     * each of its ballots: who should attend and who did, ballots cast and void, every candidate's votes (not only the
     * elected, write-ins too), re-votes among the tied and further ballots, ballots held again, seats left unfilled,
     * and its scrutineers and counters (R13).
     */
    private void resultReport(OfficialDocument doc, Township township, String reportText) {
        long id = township.getId();
        String congress = "中国共产党" + township.getName() + "代表大会";
        List<RaceRecord> all = races.findByTownshipIdOrderById(id);
        List<RaceRecord> committeeBallots = all.stream()
                .filter(r -> r.getRace().equals(RaceName.COMMITTEE) && r.isValid())
                .toList();
        String attendance = committeeBallots.isEmpty()
                ? ""
                : "应到代表%d名，实到%d名，符合规定人数。"
                        .formatted(
                                committeeBallots.get(0).getEntitled(),
                                committeeBallots.get(0).getPresent());
        doc.text("%s于%s召开。%s大会以无记名投票方式，差额选举产生了新一届党委委员、纪委委员和出席县党代表大会代表，"
                        .formatted(congress, OfficialDocument.chineseDate(township.getCongressDate()), attendance)
                + "等额选举产生了党委书记、副书记；纪委第一次全体会议选举产生了纪委书记、副书记，并经党委第一次全体会议通过。现将选举结果报告如下：");

        List<String> committee = raceService.electedIn(id, RaceName.COMMITTEE);
        doc.heading("一、党委委员（%d名）".formatted(committee.size()));
        doc.text(withVotes(all, RaceName.COMMITTEE, committee));
        ballots(doc, all, RaceName.COMMITTEE);

        doc.heading("二、党委书记、副书记");
        doc.text(byPost(id, all, RaceName.SECRETARY, raceService.electedIn(id, RaceName.SECRETARY)));
        ballots(doc, all, RaceName.SECRETARY);

        List<String> discipline = raceService.electedIn(id, RaceName.DISCIPLINE);
        doc.heading("三、纪委委员（%d名）".formatted(discipline.size()));
        doc.text(withVotes(all, RaceName.DISCIPLINE, discipline));
        ballots(doc, all, RaceName.DISCIPLINE);

        doc.heading("四、纪委书记、副书记");
        doc.text("纪委书记："
                + withVotes(
                        all, RaceName.DISCIPLINE_SECRETARY, raceService.electedIn(id, RaceName.DISCIPLINE_SECRETARY))
                + "；纪委副书记："
                + withVotes(all, RaceName.DISCIPLINE_DEPUTY, raceService.electedIn(id, RaceName.DISCIPLINE_DEPUTY)));
        ballots(doc, all, RaceName.DISCIPLINE_SECRETARY);
        ballots(doc, all, RaceName.DISCIPLINE_DEPUTY);

        List<String> countyDelegates = raceService.electedIn(id, RaceName.COUNTY_DELEGATES);
        doc.heading("五、出席县党代表大会代表（%d名）".formatted(countyDelegates.size()));
        doc.text(withVotes(all, RaceName.COUNTY_DELEGATES, countyDelegates));
        ballots(doc, all, RaceName.COUNTY_DELEGATES);
        presidium(doc, id);
        if (reportText != null) {
            doc.text(reportText);
        }
        doc.text("特此报告。");
    }

    /** T6: the presidium the preparation meeting settled, which presided over the congress. */
    private void presidium(OfficialDocument doc, long townshipId) {
        List<String> presidium = preparation.presidium(townshipId);
        if (!presidium.isEmpty()) {
            doc.heading("大会主席团（%d名）".formatted(presidium.size()));
            doc.text("经筹备会议确定，大会主席团由以下代表组成：" + String.join("、", presidium) + "。");
        }
    }

    /** R7: "书记：甲（70票）；副书记：乙（70票）、丙（69票）", the posts those who stood were approved (or named) for. */
    private String byPost(long townshipId, List<RaceRecord> all, String race, List<String> elected) {
        Map<String, Person.Post> posts = new HashMap<>();
        candidates
                .persons(townshipId, CandidateList.ListKind.COMMITTEE_NOMINEE, null)
                .forEach(c -> posts.put(c.name(), c.post()));
        raceService
                .postCandidates(townshipId, race)
                .candidates()
                .forEach(p -> posts.put(p.name().trim(), p.post()));
        List<String> secretary = elected.stream()
                .filter(n -> posts.get(n) == Person.Post.SECRETARY)
                .toList();
        if (secretary.size() != 1) {
            return "书记、副书记：" + withVotes(all, race, elected);
        }
        List<String> deputies =
                elected.stream().filter(n -> !secretary.contains(n)).toList();
        return "书记：" + withVotes(all, race, secretary) + "；副书记：" + withVotes(all, race, deputies);
    }

    /**
     * T9 (amended), R13: every ballot of a race, one paragraph each, then the ballots in numbers. A ballot with the same
     * number as the one before was held again (the one before was void, R6, R10); a tie-break is a re-vote among the
     * tied (R6); a later number with any other kind is a further ballot for seats left unfilled (R6).
     */
    private void ballots(OfficialDocument doc, List<RaceRecord> all, String race) {
        List<RaceRecord> ballots =
                all.stream().filter(r -> r.getRace().equals(race)).toList();
        if (ballots.isEmpty()) {
            doc.text("%s：未进行选举。".formatted(RaceName.label(race)));
            return;
        }
        int revotes = 0, further = 0, heldAgain = 0, unfilled = 0;
        RaceRecord before = null;
        for (RaceRecord r : ballots) {
            String what;
            if (before != null && !before.isFinished() && !before.isValid() && before.getBallot() == r.getBallot()) {
                what = "（上次投票无效，重新投票）";
                heldAgain++;
            } else if ("TIE_BREAK".equals(r.getKind())) {
                what = "（得票相等者重新投票）";
                revotes++;
            } else if (r.getBallot() > 1) {
                what = "（另行投票）";
                further++;
            } else {
                what = before == null ? "" : "（重新组织选举）";
            }
            StringBuilder line = new StringBuilder("%s第%d次投票%s：应到%d人，实到%d人，收回选票%d张，其中无效票%d张。"
                    .formatted(
                            RaceName.label(race),
                            r.getBallot(),
                            what,
                            r.getEntitled(),
                            r.getPresent(),
                            r.getBallotsCast(),
                            r.getBallotsVoid()));
            if (!r.isValid()) {
                line.append("本次投票无效")
                        .append(r.getProblems() == null ? "" : "（" + r.getProblems() + "）")
                        .append("。");
            } else if (r.getResultJson() != null) {
                line.append("得票：")
                        .append(read(r.getResultJson()).results().stream()
                                .map(c -> c.name() + (c.writeIn() ? "（另选他人）" : "") + "得" + c.votes() + "票"
                                        + (c.elected() ? "（当选）" : ""))
                                .collect(Collectors.joining("、")))
                        .append("。");
            }
            if (r.isFinished() && r.getUnfilledSeats() > 0) {
                line.append("经另行投票仍有%d个名额未选出。".formatted(r.getUnfilledSeats()));
                unfilled += r.getUnfilledSeats();
            }
            line.append("监票人：%s；计票人：%s。"
                    .formatted(
                            r.getScrutineers() == null ? "未记录" : r.getScrutineers(),
                            r.getCounters() == null ? "未记录" : r.getCounters()));
            doc.text(line.toString());
            before = r;
        }
        doc.text("%s共投票%d次，其中无效后重新投票%d次，得票相等者重新投票%d次，另行投票%d次；未选出的名额%d个。"
                .formatted(RaceName.label(race), ballots.size(), heldAgain, revotes, further, unfilled));
    }

    /** "张三（70票）、李四（68票）": each name with the votes of the ballot that elected it. */
    private String withVotes(List<RaceRecord> all, String race, List<String> names) {
        if (names.isEmpty()) {
            return "无";
        }
        Map<String, Integer> votes = new HashMap<>();
        for (RaceRecord record : all) {
            if (record.getRace().equals(race) && record.isValid() && record.getResultJson() != null) {
                for (CandidateResult result : read(record.getResultJson()).results()) {
                    if (result.elected()) {
                        votes.put(result.name(), result.votes());
                    }
                }
            }
        }
        return names.stream()
                .map(n -> votes.containsKey(n) ? n + "（" + votes.get(n) + "票）" : n)
                .collect(Collectors.joining("、"));
    }

    private TallyResult read(String json) {
        return raceService.result(json);
    }

    private static int age(Person p, LocalDate date) {
        return Period.between(p.birthDate(), date).getYears();
    }

    private static long count(List<Person> list, Predicate<Person> test) {
        return list.stream().filter(test).count();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    static String gender(Person.Gender gender) {
        return gender == null ? "" : gender == Person.Gender.F ? "女" : "男";
    }

    static String education(Person.Education education) {
        if (education == null) {
            return "";
        }
        return switch (education) {
            case HIGH_SCHOOL -> "高中（中专）";
            case COLLEGE -> "大专";
            case BACHELOR -> "大学本科";
            case POSTGRADUATE -> "研究生";
        };
    }

    static String post(Person.Post post) {
        if (post == null) {
            return "";
        }
        return switch (post) {
            case SECRETARY -> "党委书记";
            case DEPUTY_SECRETARY -> "党委副书记";
            case CONGRESS_CHAIR -> "人大主席";
            case DEPUTY_HEAD -> "副乡长";
            case ARMED_FORCES -> "武装部部长";
            case ORGANISATION -> "组织委员";
            case PROPAGANDA -> "宣传委员";
            case DISCIPLINE -> "纪检委员";
            case COMMITTEE_SECRETARY -> "党委秘书";
            case DISCIPLINE_SECRETARY -> "纪委书记";
            case DISCIPLINE_DEPUTY -> "纪委副书记";
            case DISCIPLINE_MEMBER -> "纪委委员";
        };
    }
}
