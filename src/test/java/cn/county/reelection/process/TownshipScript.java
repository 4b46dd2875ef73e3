package cn.county.reelection.process;

import cn.county.reelection.dryrun.SimulatedParticipant;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The tests' township on the happy path: the dry run's {@link SimulatedParticipant} with the tests'
 * congress date, shared by the Java-API process tests and the HTTP integration test.
 */
public final class TownshipScript {

    public static final LocalDate CONGRESS_DATE = LocalDate.of(2026, 11, 28);
    public static final int COUNTY_DELEGATE_SEATS = SimulatedParticipant.COUNTY_DELEGATE_SEATS;
    public static final List<String> COMMITTEE_POSTS = SimulatedParticipant.COMMITTEE_POSTS;
    public static final List<String> DISCIPLINE_POSTS = SimulatedParticipant.DISCIPLINE_POSTS;

    private TownshipScript() {}

    /** Variables that complete {@code taskKey}, given the task's visible variables. */
    public static Map<String, Object> answer(String taskKey, Map<String, JsonNode> vars) {
        return SimulatedParticipant.answer(taskKey, vars, CONGRESS_DATE);
    }

    public static ObjectNode winningTally(JsonNode race, int othersVotes) {
        return SimulatedParticipant.winningTally(race, othersVotes);
    }

    public static ObjectNode tally(
            int entitled, int present, List<String> candidates, ObjectNode counts, int ballotsCast) {
        return SimulatedParticipant.tally(entitled, present, candidates, counts, ballotsCast);
    }

    public static List<String> candidatesOf(JsonNode race) {
        return SimulatedParticipant.candidatesOf(race);
    }

    public static ArrayNode nominees(String prefix, List<String> posts) {
        return SimulatedParticipant.nominees(prefix, posts);
    }

    public static ArrayNode persons(String prefix, int count) {
        return SimulatedParticipant.persons(prefix, count);
    }
}
