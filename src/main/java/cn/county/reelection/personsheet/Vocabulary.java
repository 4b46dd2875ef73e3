package cn.county.reelection.personsheet;

import cn.county.reelection.sheet.SheetReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words a person list is written in: what people type in a sheet for gender, education, category and post,
 * mapped to the codes of the process ({@code Person} and the village's {@code Candidate}). The codes themselves
 * are accepted too, so a sheet exported from the API reads back.
 */
public final class Vocabulary {

    public static final List<Choice> GENDERS = List.of(new Choice("M", "男", "男性"), new Choice("F", "女", "女性"));

    /** 中专 and other secondary schooling count as HIGH_SCHOOL: below college is what R4 warns about. */
    public static final List<Choice> EDUCATIONS = List.of(
            new Choice("HIGH_SCHOOL", "高中及以下", "高中", "中专", "中技", "职高", "技校", "初中", "初中及以下", "小学"),
            new Choice("COLLEGE", "大专", "专科", "大学专科"),
            new Choice("BACHELOR", "大学本科", "本科", "大学"),
            new Choice("POSTGRADUATE", "研究生", "硕士", "博士", "硕士研究生", "博士研究生", "在职研究生"));

    public static final List<Choice> CATEGORIES = List.of(
            new Choice("FRONTLINE", "生产（工作）一线", "生产工作一线", "生产一线", "工作一线", "一线"),
            new Choice("PROFESSIONAL", "专业技术人员", "专业技术", "专技人员"),
            new Choice("CADRE", "领导干部", "干部"),
            new Choice("OTHER", "其他", "其它"));

    /** R5 posts of the township committee, in the order of the nominee list. */
    public static final List<Choice> COMMITTEE_POSTS = List.of(
            new Choice("SECRETARY", "书记", "党委书记"),
            new Choice("DEPUTY_SECRETARY", "副书记", "党委副书记"),
            new Choice("CONGRESS_CHAIR", "人大主席"),
            new Choice("DEPUTY_HEAD", "副乡（镇）长", "副乡长", "副镇长"),
            new Choice("ARMED_FORCES", "武装部长"),
            new Choice("ORGANISATION", "组织委员"),
            new Choice("PROPAGANDA", "宣传委员"),
            new Choice("DISCIPLINE", "纪检委员"),
            new Choice("COMMITTEE_SECRETARY", "党委秘书"));

    /** R5 posts of the discipline inspection committee. */
    public static final List<Choice> DISCIPLINE_POSTS = List.of(
            new Choice("DISCIPLINE_SECRETARY", "纪委书记"),
            new Choice("DISCIPLINE_DEPUTY", "纪委副书记"),
            new Choice("DISCIPLINE_MEMBER", "纪委委员"));

    /** V3 posts of a villagers' or residents' committee. */
    public static final List<Choice> VILLAGE_POSTS = List.of(
            new Choice("CHAIR", "主任", "村委会主任", "居委会主任"),
            new Choice("DEPUTY", "副主任", "村委会副主任", "居委会副主任"),
            new Choice("MEMBER", "委员", "村委会委员", "居委会委员"));

    /** The 56 ethnic groups: "汉" is read as "汉族", so that the make-up checks count it as the majority. */
    private static final Set<String> ETHNIC_GROUPS = Set.of(
            "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族",
            "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族",
            "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族",
            "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族");

    private Vocabulary() {}

    /** The form in which texts are compared: NFKC (full-width brackets and digits become ASCII), no spaces, upper case. */
    static String key(String text) {
        return SheetReader.key(text);
    }

    /** NFKC (full-width digits and brackets become ASCII), trimmed. */
    static String normalized(String text) {
        return SheetReader.normalized(text);
    }

    /** The choice {@code text} names, by its code, label or one of its other words. */
    static Optional<Choice> match(List<Choice> choices, String text) {
        String key = key(text);
        for (Choice c : choices) {
            if (key.equals(key(c.code()))
                    || key.equals(key(c.label()))
                    || c.aliases().stream().anyMatch(a -> key.equals(key(a)))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The labels of the choices, as a message lists them: 男、女. */
    static String labels(List<Choice> choices) {
        return choices.stream().map(Choice::label).collect(Collectors.joining("、"));
    }

    /** An ethnicity as the lists keep it: "纳西" becomes "纳西族"; anything else is kept as written. */
    static String ethnicity(String text) {
        String trimmed = text.strip();
        return !trimmed.endsWith("族") && ETHNIC_GROUPS.contains(trimmed + "族") ? trimmed + "族" : trimmed;
    }
}
