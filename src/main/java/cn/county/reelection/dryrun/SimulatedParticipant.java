package cn.county.reelection.dryrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a simulated township answers each task of {@code townshipReelection}: lists that meet R3–R5,
 * tallies that elect the first candidates, approvals. The dry run and the tests use it; it only reads
 * what a real client sees, the task's variables. Json values are returned as {@link Json}, dates as
 * {@link LocalDate}; the caller turns them into engine values.
 */
public final class SimulatedParticipant {

    /** A variable value marked as a Camunda {@code Json} variable. */
    public record Json(String text) {}

    public static final int COUNTY_DELEGATE_SEATS = 5;
    /** R5: the posts of 13 committee nominees (every post covered, two more for the margin) and of 6 discipline nominees. */
    public static final List<String> COMMITTEE_POSTS = List.of(
            "SECRETARY",
            "DEPUTY_SECRETARY",
            "DEPUTY_SECRETARY",
            "CONGRESS_CHAIR",
            "DEPUTY_HEAD",
            "DEPUTY_HEAD",
            "ARMED_FORCES",
            "ORGANISATION",
            "PROPAGANDA",
            "DISCIPLINE",
            "COMMITTEE_SECRETARY",
            "DEPUTY_HEAD",
            "ORGANISATION");

    public static final List<String> DISCIPLINE_POSTS = List.of(
            "DISCIPLINE_SECRETARY",
            "DISCIPLINE_DEPUTY",
            "DISCIPLINE_MEMBER",
            "DISCIPLINE_MEMBER",
            "DISCIPLINE_MEMBER",
            "DISCIPLINE_MEMBER");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** R13: the scrutineers and counters of every ballot; nobody's candidates. */
    private static final ArrayNode SCRUTINEERS =
            MAPPER.createArrayNode().add("监票人甲").add("监票人乙");

    private static final ArrayNode COUNTERS = MAPPER.createArrayNode().add("计票人丙");

    private SimulatedParticipant() {}

    /** Variables that complete {@code taskKey} on the happy path, given the task's visible variables. */
    public static Map<String, Object> answer(String taskKey, Map<String, JsonNode> vars, LocalDate congressDate) {
        Map<String, Object> answer = new LinkedHashMap<>();
        switch (taskKey) {
            case "T1_PlanReelection" -> {
                answer.put("congressDate", congressDate);
                answer.put("delegateQuota", 75);
                answer.put("committeeSeats", 11);
                answer.put("disciplineSeats", 5);
                answer.put("countyDelegateSeats", COUNTY_DELEGATE_SEATS);
            }
            case "T2_SubmitConveneRequest" -> answer.put("requestText", "关于召开中国共产党某乡第N次代表大会进行换届选举的请示");
            case "T3_NominateDelegateCandidates" -> {
                String organisation = vars.get("organisationCode").asText();
                int seats = vars.get("delegateSeats").get(organisation).asInt();
                answer.put(
                        "delegateCandidates",
                        new Json(persons(organisation + "候选", (seats * 6 + 4) / 5)
                                .toString()));
            }
            case "T4_NominateCandidates" -> {
                ArrayNode committee = nominees("党委候选", COMMITTEE_POSTS);
                answer.put("committeeNominees", new Json(committee.toString()));
                answer.put(
                        "disciplineNominees",
                        new Json(disciplineNominees(committee).toString()));
            }
            case "T5_DraftCongressMaterials" -> {
                // the form's proposal: the usual agenda, the method as the approved plan and lists make it
                JsonNode context = vars.get("formContext");
                answer.put("agenda", new Json(context.get("agenda").toString()));
                answer.put(
                        "electionMethod",
                        new Json(electionMethod(context.get("electionMethod")).toString()));
            }
            case "T6_HoldPreparationMeeting" -> {
                JsonNode delegates = vars.get("formContext").get("delegates");
                answer.put(
                        "presidium",
                        new Json(presidium(delegates, PRESIDIUM_SIZE).toString()));
                answer.put(
                        "delegationGroups",
                        new Json(delegationsByOrganisation(delegates).toString()));
            }
            case "T9_SubmitResultReport" -> answer.put("reportText", "关于乡党委、纪委换届选举结果的报告");
            case "T7_NameSecretaryReplacement", "T8_DecideDisciplineVacancy" -> {
                answer.put("approved", true);
                answer.put("comment", "原人选未当选，从当选委员中指定替补人选");
                answer.put(
                        "replacements",
                        new Json(replacements(vars.get("formContext")).toString()));
            }
            default -> {
                if (isApproval(taskKey)) {
                    answer.put("approved", true);
                    answer.put("comment", "同意");
                } else if (taskKey.contains("Record")) {
                    answer.put("tally", new Json(winningTally(race(vars), 0).toString()));
                    // R13: tellers who stand in no race
                    answer.put("scrutineers", new Json(SCRUTINEERS.toString()));
                    answer.put("counters", new Json(COUNTERS.toString()));
                } else {
                    throw new IllegalArgumentException("no script for " + taskKey);
                }
            }
        }
        return answer;
    }

    /** T6: how many delegates the simulated township puts on the presidium. */
    public static final int PRESIDIUM_SIZE = 5;

    /** T5: the election method as entered: race, seats and candidates of each race the form proposes. */
    public static ArrayNode electionMethodRaces(JsonNode proposed) {
        ArrayNode races = MAPPER.createArrayNode();
        proposed.forEach(r -> races.addObject()
                .put("race", r.get("race").asText())
                .put("seats", r.get("seats").asInt())
                .put("candidates", r.get("candidates").asInt()));
        return races;
    }

    public static ObjectNode electionMethod(JsonNode proposed) {
        ObjectNode method = MAPPER.createObjectNode();
        method.set("races", electionMethodRaces(proposed));
        return method;
    }

    /** T6: the first {@code size} delegates of the T6 form's {@code delegates} (by organisation). */
    public static ArrayNode presidium(JsonNode delegates, int size) {
        ArrayNode names = MAPPER.createArrayNode();
        delegates.forEach(o -> o.get("names").forEach(n -> {
            if (names.size() < size) {
                names.add(n.asText());
            }
        }));
        return names;
    }

    /** T6: one delegation per organisation with its elected delegates. */
    public static ArrayNode delegationsByOrganisation(JsonNode delegates) {
        ArrayNode groups = MAPPER.createArrayNode();
        delegates.forEach(o -> {
            if (!o.get("names").isEmpty()) {
                ObjectNode group =
                        groups.addObject().put("group", o.get("organisation").asText() + "代表团");
                group.set("delegates", o.get("names").deepCopy());
            }
        });
        return groups;
    }

    /**
     * R7, R8: the county names, in place of each candidate not elected to the committee (or of the one candidate whose
     * seat stayed unfilled), the next elected member who is no candidate, as the task's form context lists them.
     */
    public static ObjectNode replacements(JsonNode context) {
        ObjectNode replacements = MAPPER.createObjectNode();
        List<String> replaced = new ArrayList<>();
        context.get("missing").forEach(n -> replaced.add(n.asText()));
        if (replaced.isEmpty()) {
            replaced.add(context.get("candidates").get(0).get("name").asText());
        }
        for (int i = 0; i < replaced.size(); i++) {
            replacements.put(replaced.get(i), context.get("eligible").get(i).asText());
        }
        return replacements;
    }

    /** R6–R10, V4: the race a ballot's task records, as its form context shows it. */
    public static JsonNode race(Map<String, JsonNode> vars) {
        return vars.get("formContext").get("raceState");
    }

    public static boolean isApproval(String taskKey) {
        return taskKey.contains("Review")
                || taskKey.contains("Approve")
                || taskKey.contains("Acknowledge")
                || taskKey.contains("Grant");
    }

    /**
     * A valid tally for the race's current ballot: everybody present, the first {@code ballotSeats}
     * candidates get every vote, the others {@code othersVotes}.
     */
    public static ObjectNode winningTally(JsonNode race, int othersVotes) {
        List<String> candidates = candidatesOf(race);
        int seats = race.get("ballotSeats").asInt();
        int entitled = race.get("entitled").asInt();
        ObjectNode counts = MAPPER.createObjectNode();
        for (int i = 0; i < candidates.size(); i++) {
            counts.put(candidates.get(i), i < seats ? entitled : othersVotes);
        }
        return tally(entitled, entitled, candidates, counts, entitled);
    }

    /**
     * R6: a tally with a tie at the last seat: all but the last seat's candidates well elected, the next two
     * with the same majority. Needs a competitive ballot with at least 30 present.
     */
    public static ObjectNode tieAtLastSeat(JsonNode race) {
        List<String> candidates = candidatesOf(race);
        int seats = race.get("ballotSeats").asInt();
        int entitled = race.get("entitled").asInt();
        ObjectNode counts = MAPPER.createObjectNode();
        for (int i = 0; i < candidates.size(); i++) {
            counts.put(candidates.get(i), i < seats - 1 ? entitled - 10 : i <= seats ? entitled / 2 + 5 : 0);
        }
        return tally(entitled, entitled, candidates, counts, entitled);
    }

    public static ObjectNode tally(
            int entitled, int present, List<String> candidates, ObjectNode counts, int ballotsCast) {
        ObjectNode tally = MAPPER.createObjectNode();
        tally.put("entitled", entitled);
        tally.put("present", present);
        ArrayNode list = tally.putArray("candidates");
        candidates.forEach(list::add);
        tally.set("counts", counts);
        tally.put("ballotsCast", ballotsCast);
        return tally;
    }

    /** The race's candidate list, or one that fits it when the tally brings its own (R7, R9). */
    public static List<String> candidatesOf(JsonNode race) {
        List<String> names = new ArrayList<>();
        if (race.hasNonNull("candidates")) {
            race.get("candidates").forEach(n -> names.add(n.asText()));
            return names;
        }
        int seats = race.get("ballotSeats").asInt();
        if (race.hasNonNull("eligible")) {
            for (int i = 0; i < seats; i++) {
                names.add(race.get("eligible").get(i).asText());
            }
            return names;
        }
        int minimum = race.get("ballotMinimumCandidates").asInt();
        for (int i = 0; i < minimum; i++) {
            names.add("县代表候选" + (i + 1));
        }
        return names;
    }

    /** Nominees that meet R4 and R5 (see {@link #persons}: among 13, 11 are under 45 and one under 35). */
    public static ArrayNode nominees(String prefix, List<String> posts) {
        ArrayNode list = persons(prefix, posts.size());
        for (int i = 0; i < posts.size(); i++) {
            ((ObjectNode) list.get(i)).put("post", posts.get(i));
        }
        return list;
    }

    /**
     * R5: the discipline nominees that go with {@code committee} (laid out as {@link #COMMITTEE_POSTS}): the secretary is
     * the committee's first deputy secretary, the deputy its 纪检委员, the members 纪委候选3 to 纪委候选6.
     */
    public static ArrayNode disciplineNominees(ArrayNode committee) {
        ArrayNode list = nominees("纪委候选", DISCIPLINE_POSTS);
        list.set(
                0,
                ((ObjectNode) committee.get(COMMITTEE_POSTS.indexOf("DEPUTY_SECRETARY")))
                        .deepCopy()
                        .put("post", "DISCIPLINE_SECRETARY"));
        list.set(
                1,
                ((ObjectNode) committee.get(COMMITTEE_POSTS.indexOf("DISCIPLINE")))
                        .deepCopy()
                        .put("post", "DISCIPLINE_DEPUTY"));
        return list;
    }

    /** Complete persons of mixed gender, age, ethnicity, education and category (CONTRACT.md "A person"). */
    public static ArrayNode persons(String prefix, int count) {
        ArrayNode list = MAPPER.createArrayNode();
        for (int i = 0; i < count; i++) {
            ObjectNode p = list.addObject();
            p.put("name", prefix + (i + 1));
            p.put("gender", i % 3 == 0 ? "F" : "M");
            p.put(
                    "birthDate",
                    LocalDate.of(1975 + (i * 7) % 25, 1 + i % 12, 1 + i % 28).toString());
            p.put("ethnicity", i % 5 == 0 ? "白族" : "汉族");
            p.put("education", i % 2 == 0 ? "BACHELOR" : "COLLEGE");
            p.put("category", i % 3 == 0 ? "PROFESSIONAL" : "FRONTLINE");
        }
        return list;
    }
}
