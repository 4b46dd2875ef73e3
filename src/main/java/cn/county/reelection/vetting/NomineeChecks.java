package cn.county.reelection.vetting;

import cn.county.reelection.vetting.Person.Post;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * R4 and R5: the structure of the nominee lists of T4, checked before the request goes to the county.
 *
 * <ul>
 *   <li>R5 numbers — hard: committee seats + 2 nominees (13 for 11), discipline committee seats + 1 (6 for 5);
 *   <li>R5 posts — hard: every nominee has a post of the list, and each post is covered: committee secretary 1,
 *       deputy secretaries 2, people's-congress chair 1, deputy township heads 2, armed forces 1, organisation,
 *       propaganda, discipline inspection and committee secretary 1 each; discipline secretary 1, deputy 1,
 *       members 3;
 *   <li>R5 cross-holdings (second pass) — hard: the discipline-secretary nominee is one of the deputy-secretary
 *       nominees of the committee list, the discipline deputy-secretary nominee is the committee list's
 *       discipline-inspection member (纪检委员); a person is the same on both lists when the name is;
 *   <li>R4 ages on the congress date — hard: under 45 at least 50% of the committee nominees (以上 includes the
 *       number), at least one under 35;
 *   <li>R4 education, women, minorities — warnings: below college per person; no woman or no ethnic-minority
 *       cadre among the committee nominees (choice).
 * </ul>
 */
public final class NomineeChecks {

    static final Map<Post, Integer> COMMITTEE_POSTS = posts(
            Post.SECRETARY,
            1,
            Post.DEPUTY_SECRETARY,
            2,
            Post.CONGRESS_CHAIR,
            1,
            Post.DEPUTY_HEAD,
            2,
            Post.ARMED_FORCES,
            1,
            Post.ORGANISATION,
            1,
            Post.PROPAGANDA,
            1,
            Post.DISCIPLINE,
            1,
            Post.COMMITTEE_SECRETARY,
            1);
    static final Map<Post, Integer> DISCIPLINE_POSTS =
            posts(Post.DISCIPLINE_SECRETARY, 1, Post.DISCIPLINE_DEPUTY, 1, Post.DISCIPLINE_MEMBER, 3);

    private static final Map<Post, String> POST_NAMES = new EnumMap<>(Map.ofEntries(
            Map.entry(Post.SECRETARY, "书记"),
            Map.entry(Post.DEPUTY_SECRETARY, "副书记"),
            Map.entry(Post.CONGRESS_CHAIR, "人大主席"),
            Map.entry(Post.DEPUTY_HEAD, "副乡（镇）长"),
            Map.entry(Post.ARMED_FORCES, "武装部长"),
            Map.entry(Post.ORGANISATION, "组织委员"),
            Map.entry(Post.PROPAGANDA, "宣传委员"),
            Map.entry(Post.DISCIPLINE, "纪检委员"),
            Map.entry(Post.COMMITTEE_SECRETARY, "党委秘书"),
            Map.entry(Post.DISCIPLINE_SECRETARY, "纪委书记"),
            Map.entry(Post.DISCIPLINE_DEPUTY, "纪委副书记"),
            Map.entry(Post.DISCIPLINE_MEMBER, "纪委委员")));

    private NomineeChecks() {}

    public static List<Finding> check(
            List<Person> committee,
            List<Person> discipline,
            int committeeSeats,
            int disciplineSeats,
            LocalDate congressDate) {
        List<Finding> findings = new ArrayList<>();
        numbers(findings, "committeeNominees", "党委委员", committee.size(), committeeSeats, 2);
        numbers(findings, "disciplineNominees", "纪委委员", discipline.size(), disciplineSeats, 1);
        posts(findings, "committeeNominees", "党委委员", committee, COMMITTEE_POSTS);
        posts(findings, "disciplineNominees", "纪委委员", discipline, DISCIPLINE_POSTS);
        crossHoldings(findings, committee, discipline);
        ages(findings, committee, congressDate);
        education(findings, "committeeNominees", committee);
        education(findings, "disciplineNominees", discipline);
        if (committee.stream().noneMatch(p -> p.gender() == Person.Gender.F)) {
            findings.add(Finding.warning("R4", "committeeNominees", "党委委员候选人中没有女干部"));
        }
        if (committee.stream()
                .allMatch(p ->
                        DelegateMakeup.MAJORITY_ETHNICITY.equals(p.ethnicity().trim()))) {
            findings.add(Finding.warning("R4", "committeeNominees", "党委委员候选人中没有少数民族干部"));
        }
        return findings;
    }

    /** The figures the county reads with the findings. */
    public static String summary(
            List<Person> committee, List<Person> discipline, LocalDate congressDate, List<Finding> findings) {
        long under45 = committee.stream()
                .filter(p -> Ages.under(45, p.birthDate(), congressDate))
                .count();
        long under35 = committee.stream()
                .filter(p -> Ages.under(35, p.birthDate(), congressDate))
                .count();
        long women =
                committee.stream().filter(p -> p.gender() == Person.Gender.F).count();
        List<String> lines = new ArrayList<>();
        lines.add("党委委员候选人%d名，纪委委员候选人%d名。党委委员候选人中45岁以下%s，35岁以下%d名，女性%d名（年龄以大会召开日%s计）。"
                .formatted(
                        committee.size(),
                        discipline.size(),
                        Ages.share((int) under45, committee.size()),
                        under35,
                        women,
                        congressDate));
        String shared = sharedPosts(committee, discipline);
        if (!shared.isEmpty()) {
            lines.add("交叉任职（R5）：" + shared + "。");
        }
        findings.forEach(f -> lines.add(f.line()));
        if (findings.isEmpty()) {
            lines.add("候选人结构符合要求（R4、R5）。");
        }
        return lines.stream().map(line -> "- " + line).collect(Collectors.joining("\n"));
    }

    /**
     * R4 (second pass): the same structure on the committee actually elected at T7, every finding a warning to the
     * county (the congress has voted; nothing is refused): under 45 at least 50% (以上 includes the number), at least
     * one under 35, education, women, ethnic minorities. Members elected as write-ins have no personal data
     * ({@code unknown}): they count in the total, never as under 45 or 35.
     */
    public static List<Finding> electedCommittee(List<Person> known, int unknown, LocalDate electionDay) {
        List<Finding> findings = new ArrayList<>();
        int total = known.size() + unknown;
        long under45 = known.stream()
                .filter(p -> Ages.under(45, p.birthDate(), electionDay))
                .count();
        if (under45 * 2 < total) {
            findings.add(Finding.warning(
                    "R4",
                    "committee",
                    "当选党委委员中45岁以下%s，低于50%%（以选举日%s计）".formatted(Ages.share((int) under45, total), electionDay)));
        }
        if (known.stream().noneMatch(p -> Ages.under(35, p.birthDate(), electionDay))) {
            findings.add(Finding.warning("R4", "committee", "当选党委委员中没有35岁以下的干部（以选举日%s计）".formatted(electionDay)));
        }
        for (Person p : known) {
            if (p.education() == Person.Education.HIGH_SCHOOL) {
                findings.add(Finding.warning("R4", "committee", "当选党委委员%s的学历为高中及以下，一般应具有大专以上学历".formatted(p.name())));
            }
        }
        if (known.stream().noneMatch(p -> p.gender() == Person.Gender.F)) {
            findings.add(Finding.warning("R4", "committee", "当选党委委员中没有女干部"));
        }
        if (known.stream()
                .allMatch(p -> p.ethnicity() == null
                        || DelegateMakeup.MAJORITY_ETHNICITY.equals(
                                p.ethnicity().trim()))) {
            findings.add(Finding.warning("R4", "committee", "当选党委委员中没有少数民族干部"));
        }
        return findings;
    }

    /** What the county reads in its T9 review: the elected committee's figures, then each warning (R4). */
    public static String electedSummary(
            List<Person> known, int unknown, LocalDate electionDay, List<Finding> findings) {
        int total = known.size() + unknown;
        long under45 = known.stream()
                .filter(p -> Ages.under(45, p.birthDate(), electionDay))
                .count();
        long under35 = known.stream()
                .filter(p -> Ages.under(35, p.birthDate(), electionDay))
                .count();
        long women = known.stream().filter(p -> p.gender() == Person.Gender.F).count();
        long minorities = known.stream()
                .filter(p -> p.ethnicity() != null
                        && !DelegateMakeup.MAJORITY_ETHNICITY.equals(
                                p.ethnicity().trim()))
                .count();
        long college = known.stream()
                .filter(p -> p.education() != null && p.education() != Person.Education.HIGH_SCHOOL)
                .count();
        List<String> lines = new ArrayList<>();
        lines.add("当选党委委员%d名%s：45岁以下%s，35岁以下%d名，女性%d名，少数民族%d名，大专以上学历%d名（年龄以选举日%s计）。"
                .formatted(
                        total,
                        unknown > 0 ? "（其中%d名为另选他人当选，无个人信息）".formatted(unknown) : "",
                        Ages.share((int) under45, total),
                        under35,
                        women,
                        minorities,
                        college,
                        electionDay));
        findings.forEach(f -> lines.add(f.line()));
        if (findings.isEmpty()) {
            lines.add("当选党委委员结构符合要求（R4）。");
        }
        return lines.stream().map(line -> "- " + line).collect(Collectors.joining("\n"));
    }

    private static void numbers(
            List<Finding> findings, String field, String label, int nominees, int seats, int margin) {
        if (nominees != seats + margin) {
            findings.add(Finding.hard(
                    "R5",
                    field,
                    "%s应选%d名，差额%d名，候选人应为%d名，现为%d名".formatted(label, seats, margin, seats + margin, nominees)));
        }
    }

    private static void posts(
            List<Finding> findings, String field, String label, List<Person> nominees, Map<Post, Integer> required) {
        Map<Post, Integer> held = new EnumMap<>(Post.class);
        for (int i = 0; i < nominees.size(); i++) {
            Post post = nominees.get(i).post();
            if (post == null || !required.containsKey(post)) {
                findings.add(Finding.hard(
                        "R5",
                        field + "[" + i + "].post",
                        "%s候选人%s的拟任职务%s"
                                .formatted(
                                        label,
                                        nominees.get(i).name(),
                                        post == null ? "必须填写" : "“" + POST_NAMES.get(post) + "”不是" + label + "的职务")));
            } else {
                held.merge(post, 1, Integer::sum);
            }
        }
        required.forEach((post, count) -> {
            if (held.getOrDefault(post, 0) < count) {
                findings.add(Finding.hard(
                        "R5",
                        field,
                        "%s候选人中拟任%s应不少于%d名，现为%d名"
                                .formatted(label, POST_NAMES.get(post), count, held.getOrDefault(post, 0))));
            }
        });
    }

    /** R5: the discipline secretary is a deputy Party secretary, the discipline deputy the committee's 纪检委员. */
    private static void crossHoldings(List<Finding> findings, List<Person> committee, List<Person> discipline) {
        crossHolding(findings, committee, discipline, Post.DISCIPLINE_SECRETARY, Post.DEPUTY_SECRETARY);
        crossHolding(findings, committee, discipline, Post.DISCIPLINE_DEPUTY, Post.DISCIPLINE);
    }

    private static void crossHolding(
            List<Finding> findings,
            List<Person> committee,
            List<Person> discipline,
            Post disciplinePost,
            Post committeePost) {
        List<String> holders = namesWithPost(committee, committeePost);
        for (int i = 0; i < discipline.size(); i++) {
            Person p = discipline.get(i);
            if (p.post() == disciplinePost && !holders.contains(name(p))) {
                findings.add(Finding.hard(
                        "R5",
                        "disciplineNominees[" + i + "].name",
                        "%s候选人%s应由党委委员候选人中拟任%s的%s兼任"
                                .formatted(
                                        POST_NAMES.get(disciplinePost),
                                        p.name(),
                                        POST_NAMES.get(committeePost),
                                        holders.isEmpty() ? "人选" : String.join("或", holders))));
            }
        }
    }

    /** "纪委书记候选人甲同为党委委员候选人（拟任副书记）；…", for what the lists share. */
    private static String sharedPosts(List<Person> committee, List<Person> discipline) {
        List<String> parts = new ArrayList<>();
        for (Person p : discipline) {
            for (Person c : committee) {
                if (p.post() != null && c.post() != null && name(p).equals(name(c))) {
                    parts.add("%s候选人%s同为党委委员候选人（拟任%s）"
                            .formatted(POST_NAMES.get(p.post()), name(p), POST_NAMES.get(c.post())));
                }
            }
        }
        return String.join("；", parts);
    }

    private static List<String> namesWithPost(List<Person> nominees, Post post) {
        return nominees.stream()
                .filter(p -> p.post() == post)
                .map(NomineeChecks::name)
                .toList();
    }

    private static String name(Person p) {
        return p.name() == null ? "" : p.name().trim();
    }

    private static void ages(List<Finding> findings, List<Person> committee, LocalDate congressDate) {
        long under45 = committee.stream()
                .filter(p -> Ages.under(45, p.birthDate(), congressDate))
                .count();
        if (under45 * 2 < committee.size()) {
            findings.add(Finding.hard(
                    "R4",
                    "committeeNominees",
                    "党委委员候选人中45岁以下%s，应不少于50%%（以大会召开日%s计）"
                            .formatted(Ages.share((int) under45, committee.size()), congressDate)));
        }
        if (committee.stream().noneMatch(p -> Ages.under(35, p.birthDate(), congressDate))) {
            findings.add(Finding.hard(
                    "R4", "committeeNominees", "党委委员候选人中应至少有1名35岁以下的干部（以大会召开日%s计）".formatted(congressDate)));
        }
    }

    private static void education(List<Finding> findings, String field, List<Person> nominees) {
        for (int i = 0; i < nominees.size(); i++) {
            if (nominees.get(i).education() == Person.Education.HIGH_SCHOOL) {
                findings.add(Finding.warning(
                        "R4",
                        field + "[" + i + "].education",
                        "%s的学历为高中及以下，一般应具有大专以上学历".formatted(nominees.get(i).name())));
            }
        }
    }

    private static Map<Post, Integer> posts(Object... postsAndCounts) {
        Map<Post, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < postsAndCounts.length; i += 2) {
            map.put((Post) postsAndCounts[i], (Integer) postsAndCounts[i + 1]);
        }
        return map;
    }
}
