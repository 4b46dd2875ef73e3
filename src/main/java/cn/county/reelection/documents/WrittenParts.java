package cn.county.reelection.documents;

import cn.county.reelection.process.FieldLabels;
import cn.county.reelection.process.ProcessInputException;
import cn.county.reelection.text.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * R15: the parts of a document the secretary writes (the text, the signer, the contact person and phone); the
 * system composes everything else. A salutation or closing the secretary typed anyway is taken off, so that the
 * document never says it twice.
 *
 * @param text what the secretary wrote, or null
 * @param signer 签发人 of a request (请示), or null
 * @param contactName 联系人, or null
 * @param contactPhone 联系电话, or null
 */
public record WrittenParts(String text, String signer, String contactName, String contactPhone) {

    public static final WrittenParts NONE = new WrittenParts(null, null, null, null);

    /** Form variables of T2 and T9 (and the task inputs of the generated BPMN). */
    public static final String SIGNER = "signer";

    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_PHONE = "contactPhone";

    private static final Pattern PHONE = Pattern.compile("[0-9０-９+＋()（）\\- ]{5,24}");
    /** A salutation line: a recipient ending in a colon ("县委组织部：", "中共某县委组织部:"). */
    private static final Pattern SALUTATION = Pattern.compile(".{0,30}(组织部|县委|委员会)[：:]");

    private static final Pattern CLOSING = Pattern.compile("(妥否|当否|以上请示|以上报告)?[，,]?(请批示|请批复|请审批|请审示|特此报告|特此请示)[。.！!]?");
    private static final Pattern DATE =
            Pattern.compile("(\\d{4}|[〇零一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日");

    /** A blank to be written by hand where the form left a part empty. */
    static final String BLANK = "\u3000\u3000\u3000\u3000";

    /** Refuses a signer, contact or phone that cannot be printed (R15), naming the field by its label. */
    public WrittenParts checked() {
        name(signer, SIGNER);
        name(contactName, CONTACT_NAME);
        if (contactPhone != null
                && !contactPhone.isBlank()
                && !PHONE.matcher(contactPhone.strip()).matches()) {
            throw new ProcessInputException(
                    "R15", CONTACT_PHONE, FieldLabels.label(CONTACT_PHONE) + "：只能由数字、连字符、括号和空格组成，5到24位");
        }
        return this;
    }

    private static void name(String value, String field) {
        if (value != null && !value.isBlank()) {
            Names.problem(value.strip(), Names.PERSON_MAX).ifPresent(problem -> {
                throw new ProcessInputException("R15", field, FieldLabels.label(field) + "：" + problem);
            });
        }
    }

    /** The text without the salutation, closing, issuing organ and date the system writes itself; null if nothing is left. */
    public String body(String issuingOrgan, String townshipName) {
        if (text == null) {
            return null;
        }
        List<String> lines = new ArrayList<>(Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList());
        while (!lines.isEmpty() && SALUTATION.matcher(lines.get(0)).matches()) {
            lines.remove(0);
        }
        while (!lines.isEmpty()) {
            String last = lines.get(lines.size() - 1);
            if (CLOSING.matcher(last).matches()
                    || DATE.matcher(last).matches()
                    || last.equals(issuingOrgan)
                    || last.equals(townshipName + "党委")
                    || last.equals("中共" + townshipName + "党委")) {
                lines.remove(lines.size() - 1);
            } else {
                break;
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** "签发人" as printed: the name, or a blank for the pen. */
    String signerOrBlank() {
        return signer == null || signer.isBlank() ? BLANK : signer.strip();
    }

    /** The note under the date (附注): "联系人：张三，联系电话：0888-5123456". */
    String contactNote() {
        String name = contactName == null || contactName.isBlank() ? BLANK : contactName.strip();
        String phone = contactPhone == null || contactPhone.isBlank() ? BLANK : contactPhone.strip();
        return "联系人：" + name + "，联系电话：" + phone;
    }
}
