package cn.county.reelection.personsheet;

import java.util.List;
import java.util.stream.Stream;

/** A column of a person list, found by its header text (the label or one of the usual variants). */
public enum Column {
    NAME("姓名", "名字"),
    GENDER("性别"),
    BIRTH_DATE("出生日期", "出生年月日", "出生年月", "生日"),
    ETHNICITY("民族"),
    EDUCATION("学历", "文化程度", "最高学历"),
    CATEGORY("人员类别", "类别", "身份类别"),
    POST("拟任职务", "拟任职位");

    private final String label;
    private final List<String> headers;

    Column(String label, String... variants) {
        this.label = label;
        this.headers = Stream.concat(Stream.of(label), Stream.of(variants))
                .map(Vocabulary::key)
                .toList();
    }

    public String label() {
        return label;
    }

    /** Whether a header cell names this column (spaces, full-width brackets and a trailing * ignored). */
    boolean named(String header) {
        String key = Vocabulary.key(header);
        if (key.endsWith("*")) {
            key = key.substring(0, key.length() - 1);
        }
        return headers.contains(key);
    }
}
