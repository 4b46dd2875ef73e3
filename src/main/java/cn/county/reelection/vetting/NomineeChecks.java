package cn.county.reelection.vetting;

import cn.county.reelection.vetting.Person.Post;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R4 and R5: the structure of the nominee lists of T4, checked before the request goes to the county.
 *
 * <ul>
 *   <li>R5 numbers — hard: committee seats + 2 nominees (13 for 11), discipline committee seats + 1 (6 for 5);
 *   <li>R5 posts — hard: every nominee has a post of the list, and each post is covered: committee secretary 1,
 *       deputy secretaries 2, people's-congress chair 1, deputy township heads 2, armed forces 1, organisation,
 *       propaganda, discipline inspection and committee secretary 1 each; discipline secretary 1, deputy 1,
 *       members 3;
 *   <li>R4 ages on the congress date — hard: under 45 at least 50% of the committee nominees (以上 includes the
 *       number), at least one under 35;
 *   <li>R4 education, women, minorities — warnings: below college per person; no woman or no ethnic-minority
 *       cadre among the committee nominees (choice).
 * </ul>
 */
public final class NomineeChecks {

  static final Map<Post, Integer> COMMITTEE_POSTS = posts(Post.SECRETARY, 1, Post.DEPUTY_SECRETARY, 2, Post.CONGRESS_CHAIR, 1,
      Post.DEPUTY_HEAD, 2, Post.ARMED_FORCES, 1, Post.ORGANISATION, 1, Post.PROPAGANDA, 1, Post.DISCIPLINE, 1,
      Post.COMMITTEE_SECRETARY, 1);
  static final Map<Post, Integer> DISCIPLINE_POSTS = posts(Post.DISCIPLINE_SECRETARY, 1, Post.DISCIPLINE_DEPUTY, 1,
      Post.DISCIPLINE_MEMBER, 3);

  private static final Map<Post, String> POST_NAMES = new EnumMap<>(Map.ofEntries(
      Map.entry(Post.SECRETARY, "书记"), Map.entry(Post.DEPUTY_SECRETARY, "副书记"), Map.entry(Post.CONGRESS_CHAIR, "人大主席"),
      Map.entry(Post.DEPUTY_HEAD, "副乡（镇）长"), Map.entry(Post.ARMED_FORCES, "武装部长"), Map.entry(Post.ORGANISATION, "组织委员"),
      Map.entry(Post.PROPAGANDA, "宣传委员"), Map.entry(Post.DISCIPLINE, "纪检委员"), Map.entry(Post.COMMITTEE_SECRETARY, "党委秘书"),
      Map.entry(Post.DISCIPLINE_SECRETARY, "纪委书记"), Map.entry(Post.DISCIPLINE_DEPUTY, "纪委副书记"),
      Map.entry(Post.DISCIPLINE_MEMBER, "纪委委员")));

  private NomineeChecks() {}

  public static List<Finding> check(List<Person> committee, List<Person> discipline, int committeeSeats, int disciplineSeats,
      LocalDate congressDate) {
    List<Finding> findings = new ArrayList<>();
    numbers(findings, "committeeNominees", "党委委员", committee.size(), committeeSeats, 2);
    numbers(findings, "disciplineNominees", "纪委委员", discipline.size(), disciplineSeats, 1);
    posts(findings, "committeeNominees", "党委委员", committee, COMMITTEE_POSTS);
    posts(findings, "disciplineNominees", "纪委委员", discipline, DISCIPLINE_POSTS);
    ages(findings, committee, congressDate);
    education(findings, "committeeNominees", committee);
    education(findings, "disciplineNominees", discipline);
    if (committee.stream().noneMatch(p -> p.gender() == Person.Gender.F)) {
      findings.add(Finding.warning("R4", "committeeNominees", "党委委员候选人中没有女干部"));
    }
    if (committee.stream().allMatch(p -> DelegateMakeup.MAJORITY_ETHNICITY.equals(p.ethnicity().trim()))) {
      findings.add(Finding.warning("R4", "committeeNominees", "党委委员候选人中没有少数民族干部"));
    }
    return findings;
  }

  /** The figures the county reads with the findings. */
  public static String summary(List<Person> committee, List<Person> discipline, LocalDate congressDate, List<Finding> findings) {
    long under45 = committee.stream().filter(p -> Ages.under(45, p.birthDate(), congressDate)).count();
    long under35 = committee.stream().filter(p -> Ages.under(35, p.birthDate(), congressDate)).count();
    long women = committee.stream().filter(p -> p.gender() == Person.Gender.F).count();
    List<String> lines = new ArrayList<>();
    lines.add("党委委员候选人%d名，纪委委员候选人%d名。党委委员候选人中45岁以下%s，35岁以下%d名，女性%d名（年龄以大会召开日%s计）。"
        .formatted(committee.size(), discipline.size(), Ages.share((int) under45, committee.size()), under35, women, congressDate));
    findings.forEach(f -> lines.add(f.line()));
    if (findings.isEmpty()) {
      lines.add("候选人结构符合要求（R4、R5）。");
    }
    return lines.stream().map(line -> "- " + line).collect(java.util.stream.Collectors.joining("\n"));
  }

  private static void numbers(List<Finding> findings, String field, String label, int nominees, int seats, int margin) {
    if (nominees != seats + margin) {
      findings.add(Finding.hard("R5", field, "%s应选%d名，差额%d名，候选人应为%d名，现为%d名"
          .formatted(label, seats, margin, seats + margin, nominees)));
    }
  }

  private static void posts(List<Finding> findings, String field, String label, List<Person> nominees, Map<Post, Integer> required) {
    Map<Post, Integer> held = new EnumMap<>(Post.class);
    for (int i = 0; i < nominees.size(); i++) {
      Post post = nominees.get(i).post();
      if (post == null || !required.containsKey(post)) {
        findings.add(Finding.hard("R5", field + "[" + i + "].post", "%s候选人%s的拟任职务%s".formatted(label, nominees.get(i).name(),
            post == null ? "必须填写" : "“" + POST_NAMES.get(post) + "”不是" + label + "的职务")));
      } else {
        held.merge(post, 1, Integer::sum);
      }
    }
    required.forEach((post, count) -> {
      if (held.getOrDefault(post, 0) < count) {
        findings.add(Finding.hard("R5", field, "%s候选人中拟任%s应不少于%d名，现为%d名"
            .formatted(label, POST_NAMES.get(post), count, held.getOrDefault(post, 0))));
      }
    });
  }

  private static void ages(List<Finding> findings, List<Person> committee, LocalDate congressDate) {
    long under45 = committee.stream().filter(p -> Ages.under(45, p.birthDate(), congressDate)).count();
    if (under45 * 2 < committee.size()) {
      findings.add(Finding.hard("R4", "committeeNominees", "党委委员候选人中45岁以下%s，应不少于50%%（以大会召开日%s计）"
          .formatted(Ages.share((int) under45, committee.size()), congressDate)));
    }
    if (committee.stream().noneMatch(p -> Ages.under(35, p.birthDate(), congressDate))) {
      findings.add(Finding.hard("R4", "committeeNominees", "党委委员候选人中应至少有1名35岁以下的干部（以大会召开日%s计）"
          .formatted(congressDate)));
    }
  }

  private static void education(List<Finding> findings, String field, List<Person> nominees) {
    for (int i = 0; i < nominees.size(); i++) {
      if (nominees.get(i).education() == Person.Education.HIGH_SCHOOL) {
        findings.add(Finding.warning("R4", field + "[" + i + "].education",
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
