package cn.county.reelection.vetting;

import cn.county.reelection.process.ProcessInputException;
import cn.county.reelection.text.Names;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Completeness of a list of persons: every field a review needs, names unique (they identify ballots). */
public final class PersonChecks {

    private static final int MAX_PERSONS = 500;

    private PersonChecks() {}

    public static void requireComplete(List<Person> persons, String field, String rule, LocalDate today) {
        if (persons.size() > MAX_PERSONS) {
            throw new ProcessInputException(rule, field, "名单最多%d人".formatted(MAX_PERSONS));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < persons.size(); i++) {
            Person p = persons.get(i);
            String at = field + "[" + i + "]";
            if (p == null) {
                throw new ProcessInputException(rule, at, "不能为空");
            }
            Names.problem(p.name(), Names.PERSON_MAX).ifPresent(problem -> {
                throw new ProcessInputException(rule, at + ".name", "姓名" + problem);
            });
            if (!names.add(p.name().trim())) {
                throw new ProcessInputException(rule, at + ".name", "姓名重复：" + p.name());
            }
            if (p.gender() == null) {
                throw new ProcessInputException(rule, at + ".gender", "性别必须填写（M或F）");
            }
            if (p.birthDate() == null
                    || !p.birthDate().isBefore(today)
                    || p.birthDate().isBefore(LocalDate.of(1900, 1, 1))) {
                throw new ProcessInputException(rule, at + ".birthDate", "出生日期必须填写且合理");
            }
            if (p.ethnicity() == null
                    || p.ethnicity().isBlank()
                    || p.ethnicity().length() > 20) {
                throw new ProcessInputException(rule, at + ".ethnicity", "民族必须填写");
            }
            if (p.education() == null) {
                throw new ProcessInputException(rule, at + ".education", "学历必须填写");
            }
            if (p.category() == null) {
                throw new ProcessInputException(rule, at + ".category", "人员类别必须填写");
            }
        }
    }

    public static List<String> names(List<Person> persons) {
        return persons.stream().map(p -> p.name().trim()).toList();
    }
}
