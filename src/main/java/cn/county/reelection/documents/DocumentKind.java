package cn.county.reelection.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three committee documents a township sends to the county (DOMAIN.md T2, T4, T9), each
 * linked from the county's task that reviews it.
 */
public enum DocumentKind {
    /** T2: request to convene the congress for re-election. */
    T2("召开党代表大会进行换届选举的请示", "T2_ReviewConveneRequest", "请"),
    /** T4: request with the preliminary nominees of both committees. */
    T4("党委委员、纪委委员候选人预备人选的请示", "T4_ReviewNominees", "请"),
    /** T9: report of the election results. */
    T9("换届选举结果的报告", "T9_AcknowledgeResultReport", "报");

    public static final String MIME_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final String title;
    private final String reviewTaskKey;
    private final String numberWord;

    DocumentKind(String title, String reviewTaskKey, String numberWord) {
        this.title = title;
        this.reviewTaskKey = reviewTaskKey;
        this.numberWord = numberWord;
    }

    /** The kind's word in the document number (R15): 请 for a request, 报 for a report. */
    public String numberWord() {
        return numberWord;
    }

    /** A request (请示) to the county: carries its signer (签发人, R15). */
    public boolean isRequest() {
        return "请".equals(numberWord);
    }

    public String title() {
        return title;
    }

    public String reviewTaskKey() {
        return reviewTaskKey;
    }

    /** The file the county downloads, e.g. "羊岑乡召开党代表大会进行换届选举的请示.docx". */
    public String fileName(String townshipName) {
        return townshipName + title + ".docx";
    }

    /** The version of this kind an attachment description names, or 0 for another kind's. */
    public int versionIn(String description) {
        if (description == null || !description.startsWith(name() + " 第")) {
            return 0;
        }
        String rest = description.substring(name().length() + 2);
        int end = rest.indexOf('稿');
        return end > 0 && rest.substring(0, end).chars().allMatch(Character::isDigit)
                ? Integer.parseInt(rest.substring(0, end))
                : 0;
    }

    public static Optional<DocumentKind> reviewedBy(String taskDefinitionKey) {
        return Arrays.stream(values())
                .filter(k -> k.reviewTaskKey.equals(taskDefinitionKey))
                .findFirst();
    }

    public static Optional<DocumentKind> parse(String id) {
        return Arrays.stream(values()).filter(k -> k.name().equals(id)).findFirst();
    }
}
