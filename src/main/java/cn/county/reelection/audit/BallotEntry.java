package cn.county.reelection.audit;

import cn.county.reelection.congress.RaceRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One counted ballot in words, as a township's trail and a village's both tell it (R11, R13, V11). */
public final class BallotEntry {

    private BallotEntry() {}

    /**
     * 党委委员选举（机关支部）第1次投票：应到…，实到…，收回选票…，废票…；当选：…；监票人：…；计票人：… — {@code place} is the
     * organisation in brackets, or empty where the race is the unit's own.
     */
    public static HistoryEntry of(RaceRecord r, String race, String place, String step, ObjectMapper mapper) {
        return new HistoryEntry(
                r.getRecordedAt(),
                r.getRecordedBy(),
                r.isValid() ? "RESULT" : "INVALID_BALLOT",
                step,
                "%s选举%s第%d次投票：应到%d人，实到%d人，收回选票%d张，废票%d张%s"
                                .formatted(
                                        race,
                                        place,
                                        r.getBallot(),
                                        r.getEntitled(),
                                        r.getPresent(),
                                        r.getBallotsCast(),
                                        r.getBallotsVoid(),
                                        r.isFinished() ? "；当选：" + names(r.getRaceElectedJson(), mapper) : "")
                        + tellers(r),
                r.getProblems());
    }

    /** R13: "；监票人：张三、李四；计票人：王五", as far as the tellers were recorded. */
    static String tellers(RaceRecord r) {
        return (r.getScrutineers() == null ? "" : "；监票人：" + r.getScrutineers())
                + (r.getCounters() == null ? "" : "；计票人：" + r.getCounters());
    }

    /** The elected as the record keeps them (a JSON list), in words: 张三、李四. */
    private static String names(String json, ObjectMapper mapper) {
        try {
            return json == null ? "" : String.join("、", mapper.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            return json;
        }
    }
}
