package cn.county.reelection.election;

import cn.county.reelection.text.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the tellers report from one ballot: attendance and either the anonymous ballots, the counts
 * per name, or the same counts as table rows (as Tasklist's form enters them) (R10). The race it
 * belongs to supplies kind, seats and minimum candidates.
 */
public record TallySheet(
        Integer entitled,
        Integer present,
        List<String> candidates,
        List<List<String>> ballots,
        Map<String, Integer> counts,
        Integer ballotsCast,
        Integer ballotsVoid,
        List<Row> rows) {

    /** One name's votes; {@code writeIn} marks a name not on the list (另选他人). */
    public record Row(String name, Integer votes, Boolean writeIn) {}

    /** The same sheet with {@code rows} turned into counts and, when absent, the candidate list. */
    public TallySheet normalised() {
        if (rows == null || ballots != null || counts != null) {
            return this;
        }
        Map<String, Integer> fromRows = new LinkedHashMap<>();
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row == null || row.name() == null || row.name().isBlank()) {
                throw new TallyInputException("rows[" + i + "].name", "R10", "姓名不能为空");
            }
            String field = "rows[" + i + "].name";
            Names.problem(row.name().trim(), Names.PERSON_MAX).ifPresent(problem -> {
                throw new TallyInputException(field, "R10", "姓名" + problem);
            });
            if (row.votes() == null || row.votes() < 0) {
                throw new TallyInputException("rows[" + i + "].votes", "R10", row.name() + "的得票数不能为空或负数");
            }
            if (fromRows.put(row.name().trim(), row.votes()) != null) {
                throw new TallyInputException(
                        "rows[" + i + "].name", "R10", "姓名重复：" + row.name().trim());
            }
            if (!Boolean.TRUE.equals(row.writeIn())) {
                listed.add(row.name().trim());
            }
        }
        return new TallySheet(
                entitled,
                present,
                candidates != null ? candidates : listed,
                null,
                fromRows,
                ballotsCast,
                ballotsVoid,
                null);
    }

    /** The same attendance and candidates with the anonymous ballots (an uploaded CSV) instead of counts. */
    public TallySheet withBallots(List<List<String>> anonymousBallots) {
        return new TallySheet(entitled, present, candidates, anonymousBallots, null, null, null, null);
    }

    public TallySheet withCandidates(List<String> list) {
        return new TallySheet(entitled, present, list, ballots, counts, ballotsCast, ballotsVoid, rows);
    }

    public TallyInput toInput(RaceKind kind, int seats, Integer minimumCandidates) {
        if (entitled == null) {
            throw new TallyInputException("entitled", "R6", "应到人数必须填写");
        }
        if (present == null) {
            throw new TallyInputException("present", "R6", "实到人数必须填写");
        }
        return new TallyInput(
                kind,
                seats,
                minimumCandidates,
                entitled,
                present,
                candidates,
                ballots,
                counts,
                ballotsCast,
                ballotsVoid);
    }
}
