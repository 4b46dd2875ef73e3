package cn.county.reelection.village;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What an import of a village's voter register found (V1): who is on the list, and every line left off. */
public record RegisterReport(
        String businessKey,
        String village,
        LocalDate electionDay,
        int lines,
        long voters,
        Map<RegisterProblem.Kind, Long> problemCounts,
        List<RegisterProblem> problems) {

    static RegisterReport of(Village village, int lines, long voters, List<RegisterProblem> problems) {
        Map<RegisterProblem.Kind, Long> counts = new EnumMap<>(RegisterProblem.Kind.class);
        problems.forEach(p -> counts.merge(p.kind(), 1L, Long::sum));
        return new RegisterReport(
                village.getBusinessKey(),
                village.getName(),
                village.getRegisterElectionDay(),
                lines,
                voters,
                counts,
                problems);
    }
}
