package cn.county.reelection.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.Test;

/**
 * Every activity id that the main code names in a string literal ({@code "T3_GrantMakeupException"},
 * {@code "V1_RegisterVoters"}, {@code "Branch_RecommendCandidates"}, a prefix as {@code "Branch_"}) is an id of
 * bpmn/*.bpmn: a task renamed in a generator and not in the listener, form context or document that waits for it
 * would otherwise go unnoticed until that step runs.
 */
class ActivityIdsInCodeExistInModelsTest {

    /**
     * The models' id style: a step (T1–T9, V1–V11) or a capitalised word (Task, Branch, Gateway, …), an underscore,
     * then a CamelCase name, or nothing for a prefix. Constants such as "DISCIPLINE_MEMBER" or "RE_CAMPAIGN" do not match.
     */
    static final Pattern ID_LITERAL =
            Pattern.compile("\"((?:[TV][1-9][0-9]?|[A-Z][a-z]+(?:[A-Z][a-z]+)*)_(?:[A-Z][a-z][A-Za-z0-9_]*)?)\"");

    @Test
    void everyActivityIdNamedInTheMainCode_isAnIdOfAModel() throws IOException {
        Set<String> ids = modelIds();
        Map<String, Set<String>> named = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String literal : idLiterals(Files.readString(file))) {
                    named.computeIfAbsent(literal, k -> new TreeSet<>())
                            .add(file.getFileName().toString());
                }
            }
        }
        // the scan sees what the code holds: ids of both processes and the prefix of the village's branch tasks
        assertThat(named)
                .hasSizeGreaterThanOrEqualTo(25)
                .containsKeys("T2_SubmitConveneRequest", "T9_AcknowledgeResultReport", "V1_RegisterVoters", "Branch_");
        Map<String, Set<String>> missing = named.entrySet().stream()
                .filter(e -> !inModels(ids, e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertThat(missing)
                .as("ids named in src/main/java (with the files naming them) that bpmn/*.bpmn does not have")
                .isEmpty();
    }

    @Test
    void aMistypedIdOrPrefix_isNotInTheModels_andConstantsAreNotTakenForIds() {
        Set<String> ids = modelIds();
        Set<String> literals = idLiterals("""
        if ("T3_GrantMakeupExeption".equals(id) || id.startsWith("Brnch_") || "V1_RegisterVoters".equals(id)) {}
        Role r = Role.valueOf("DISCIPLINE_MEMBER"); String table = "RE_CAMPAIGN"; String kind = "T2_PLAN";
        """);
        assertThat(literals).containsExactlyInAnyOrder("T3_GrantMakeupExeption", "Brnch_", "V1_RegisterVoters");
        assertThat(literals.stream().filter(l -> !inModels(ids, l)))
                .containsExactlyInAnyOrder("T3_GrantMakeupExeption", "Brnch_");
    }

    static Set<String> idLiterals(String source) {
        Set<String> found = new TreeSet<>();
        Matcher m = ID_LITERAL.matcher(source);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** An id of a model, or for a prefix ("Branch_") the start of one. */
    static boolean inModels(Set<String> ids, String literal) {
        return literal.endsWith("_") ? ids.stream().anyMatch(id -> id.startsWith(literal)) : ids.contains(literal);
    }

    /** The ids of every process element (activities, events, gateways, flows) of both models. */
    static Set<String> modelIds() {
        Set<String> ids = new TreeSet<>();
        for (String process : new String[] {"townshipReelection", "villageReelection"}) {
            Bpmn.readModelFromFile(new File("bpmn/" + process + ".bpmn"))
                    .getModelElementsByType(FlowElement.class)
                    .forEach(e -> ids.add(e.getId()));
        }
        assertThat(ids).contains("T1_PlanReelection", "V1_RegisterVoters");
        return ids;
    }
}
