package cn.county.reelection.personsheet;

import static cn.county.reelection.personsheet.Column.BIRTH_DATE;
import static cn.county.reelection.personsheet.Column.CATEGORY;
import static cn.county.reelection.personsheet.Column.EDUCATION;
import static cn.county.reelection.personsheet.Column.ETHNICITY;
import static cn.county.reelection.personsheet.Column.GENDER;
import static cn.county.reelection.personsheet.Column.NAME;
import static cn.county.reelection.personsheet.Column.POST;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The person lists a sheet may fill, named by the process variable the form completes: the township's lists
 * (T3 delegate candidates, T4 nominees; persons as {@code vetting.Person}) and the village's (V3 committee
 * candidates, branch candidates; persons as {@code village.Candidate}). The rule is the one the process names
 * when it refuses the list.
 */
public enum PersonList {
    DELEGATE_CANDIDATES(
            "delegateCandidates",
            "R3",
            "代表候选人",
            List.of(NAME, GENDER, BIRTH_DATE, ETHNICITY, EDUCATION, CATEGORY),
            List.of(),
            List.of("张三", "男", "1980-05-01", "汉族", "大专", "生产（工作）一线")),
    COMMITTEE_NOMINEES(
            "committeeNominees",
            "R5",
            "党委委员候选人",
            List.of(NAME, GENDER, BIRTH_DATE, ETHNICITY, EDUCATION, CATEGORY, POST),
            Vocabulary.COMMITTEE_POSTS,
            List.of("张三", "男", "1980-05-01", "汉族", "大学本科", "领导干部", "组织委员")),
    DISCIPLINE_NOMINEES(
            "disciplineNominees",
            "R5",
            "纪委委员候选人",
            List.of(NAME, GENDER, BIRTH_DATE, ETHNICITY, EDUCATION, CATEGORY, POST),
            Vocabulary.DISCIPLINE_POSTS,
            List.of("张三", "男", "1980-05-01", "汉族", "大学本科", "领导干部", "纪委委员")),
    COMMITTEE_CANDIDATES(
            "committeeCandidates",
            "V3",
            "村（居）民委员会候选人",
            List.of(NAME, GENDER, POST),
            Vocabulary.VILLAGE_POSTS,
            List.of("张三", "男", "委员")),
    BRANCH_CANDIDATES("branchCandidates", "V3", "党支部委员候选人", List.of(NAME, GENDER), List.of(), List.of("张三", "男"));

    private final String variable;
    private final String rule;
    private final String title;
    private final List<Column> columns;
    private final List<Choice> posts;
    private final List<String> example;

    PersonList(
            String variable,
            String rule,
            String title,
            List<Column> columns,
            List<Choice> posts,
            List<String> example) {
        this.variable = variable;
        this.rule = rule;
        this.title = title;
        this.columns = columns;
        this.posts = posts;
        this.example = example;
    }

    /** The process variable the list completes, and the {@code list} parameter of the API. */
    public String variable() {
        return variable;
    }

    public String rule() {
        return rule;
    }

    /** The list's Chinese name, also the name of the template's sheet. */
    public String title() {
        return title;
    }

    /** The columns of the sheet, in the template's order; all required. */
    public List<Column> columns() {
        return columns;
    }

    /** The posts a person of this list may take; empty when the list has no post column. */
    public List<Choice> posts() {
        return posts;
    }

    /** The template's example row, one text per column. */
    public List<String> example() {
        return example;
    }

    /** Township lists hold full persons (birth date, education…); village lists names, genders and posts. */
    public boolean township() {
        return columns.contains(BIRTH_DATE);
    }

    public static Optional<PersonList> byVariable(String variable) {
        return Arrays.stream(values()).filter(l -> l.variable.equals(variable)).findFirst();
    }

    /** The accepted values of {@code list}, as an error message names them. */
    public static String variables() {
        return Arrays.stream(values())
                .map(l -> l.variable + "（" + l.title + "）")
                .collect(Collectors.joining("、"));
    }
}
