package cn.county.reelection.congress;

import cn.county.reelection.process.ProcessInputException;
import cn.county.reelection.text.Names;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * R13: the scrutineers (监票人) and counters (计票人) of one ballot, recorded with its result. Scrutineers are
 * voters who are not candidates in that race. Both lists may be empty when the tellers leave them out (choice: the
 * form asks for them; the engine refuses wrong ones rather than missing ones).
 */
public record Tellers(List<String> scrutineers, List<String> counters) {

    public static final Tellers NONE = new Tellers(List.of(), List.of());
    private static final int MAX = 20;

    public Tellers {
        scrutineers = scrutineers == null
                ? List.of()
                : scrutineers.stream().map(n -> n == null ? null : n.trim()).toList();
        counters = counters == null
                ? List.of()
                : counters.stream().map(n -> n == null ? null : n.trim()).toList();
    }

    /** Names well formed, none twice; no scrutineer is a candidate of the ballot ({@code candidates}). */
    public void check(List<String> candidates) {
        names("scrutineers", scrutineers);
        names("counters", counters);
        Set<String> standing = new HashSet<>();
        (candidates == null ? List.<String>of() : candidates).forEach(c -> standing.add(c.trim()));
        for (int i = 0; i < scrutineers.size(); i++) {
            if (standing.contains(scrutineers.get(i))) {
                throw new ProcessInputException(
                        "R13",
                        "scrutineers[" + i + "]",
                        "%s是本次选举的候选人，不能担任监票人（监票人从不是候选人的选举人中推选）".formatted(scrutineers.get(i)));
            }
        }
    }

    /** "张三、李四", or null when none were given. */
    public static String joined(List<String> names) {
        return names.isEmpty() ? null : String.join("、", names);
    }

    private static void names(String field, List<String> names) {
        if (names.size() > MAX) {
            throw new ProcessInputException("R13", field, "最多%d人".formatted(MAX));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String at = field + "[" + i + "]";
            String name = names.get(i);
            Names.problem(name, Names.PERSON_MAX).ifPresent(problem -> {
                throw new ProcessInputException("R13", at, "姓名" + problem);
            });
            if (!seen.add(name)) {
                throw new ProcessInputException("R13", at, "姓名重复：" + name);
            }
        }
    }
}
