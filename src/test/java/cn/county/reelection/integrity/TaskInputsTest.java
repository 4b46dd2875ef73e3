package cn.county.reelection.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every user task of both models declares its inputs, and they are its form's fields: a Camunda Form's keyed fields
 * that Tasklist submits (not the disabled ones), or the variables the embedded forms write. A user task without a
 * declaration takes nothing.
 */
class TaskInputsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** What the embedded forms (src/main/resources/static/forms) write, by form. */
    private static final Map<String, Set<Set<String>>> EMBEDDED = Map.of(
            "embedded:/forms/tally.html",
            Set.of(Set.of("tally", "ballotsCsv"), Set.of("tally", "ballotsCsv", "scrutineers", "counters")),
            "embedded:/forms/plan.html",
            Set.of(Set.of("congressDate", "delegateQuota", "committeeSeats", "disciplineSeats", "countyDelegateSeats")),
            "embedded:/forms/text.html",
            Set.of(
                    Set.of("requestText", "signer", "contactName", "contactPhone"),
                    Set.of("reportText", "contactName", "contactPhone")),
            "embedded:/forms/preparation.html",
            Set.of(Set.of("agenda", "electionMethod"), Set.of("presidium", "delegationGroups")),
            "embedded:/forms/review.html",
            Set.of(Set.of("approved", "comment"), Set.of("approved", "comment", "replacements")),
            "embedded:/forms/village-register.html",
            Set.of(Set.of("listPublished")),
            "embedded:/forms/village-steps.html",
            Set.of(
                    Set.of("evaluationText"),
                    Set.of("mobilised"),
                    Set.of("auditText", "auditPublished"),
                    Set.of("electionCommittee"),
                    Set.of("representatives", "groupLeaders"),
                    Set.of("candidatesPublished"),
                    Set.of("financialGroup", "subCommitteesSetUp"),
                    Set.of("reportText")),
            "embedded:/forms/persons.html",
            Set.of(Set.of("delegateCandidates"), Set.of("committeeNominees", "disciplineNominees")),
            "embedded:/forms/village-candidates.html",
            Set.of(
                    Set.of("committeeCandidates", "committeeSeats"),
                    Set.of("branchCandidates", "branchSeats", "partyMembers")));

    @ParameterizedTest
    @ValueSource(strings = {"townshipReelection", "villageReelection"})
    void everyUserTaskDeclaresItsInputs_andTheyAreItsFormsFields(String process) throws Exception {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn/" + process + ".bpmn"));
        var tasks = model.getModelElementsByType(UserTask.class);
        assertThat(tasks).hasSizeGreaterThan(10);
        for (UserTask task : tasks) {
            Set<String> declared = TaskInputs.declared(task);
            assertThat(declared)
                    .as("%s declares its inputs", task.getId())
                    .isNotNull()
                    .isNotEmpty();
            if (task.getCamundaFormRef() != null) {
                assertThat(declared)
                        .as("%s: the fields of %s", task.getId(), task.getCamundaFormRef())
                        .isEqualTo(submittedFields(task.getCamundaFormRef()));
            } else {
                assertThat(EMBEDDED.get(task.getCamundaFormKey()))
                        .as("%s: what %s writes", task.getId(), task.getCamundaFormKey())
                        .contains(declared);
            }
        }
    }

    @Test
    void aUserTaskWithoutADeclaration_takesNothing() {
        BpmnModelInstance model =
                Bpmn.readModelFromStream(new ByteArrayInputStream("""
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            targetNamespace="t"><process id="p" isExecutable="true">
          <userTask id="undeclared" name="未声明" />
          <userTask id="declared"><extensionElements><camunda:properties>
            <camunda:property name="inputs" value=" approved , comment ," /></camunda:properties></extensionElements></userTask>
        </process></definitions>""".getBytes(StandardCharsets.UTF_8)));
        Map<String, TaskInputs.Declaration> declarations = TaskInputs.read(model);
        assertThat(declarations.get("undeclared").inputs()).isEmpty();
        assertThat(declarations.get("undeclared").takes("approved")).isFalse();
        assertThat(declarations.get("declared").inputs()).containsExactlyInAnyOrder("approved", "comment");
    }

    /** The keys of a Camunda Form's fields that Tasklist submits: every keyed field but the disabled ones. */
    private static Set<String> submittedFields(String formId) throws Exception {
        JsonNode form = MAPPER.readTree(new File("bpmn/" + formId + ".form"));
        Set<String> keys = new HashSet<>();
        collect(form.get("components"), keys);
        return keys;
    }

    private static void collect(JsonNode components, Set<String> keys) {
        for (JsonNode c : components) {
            if (c.hasNonNull("key") && !c.path("disabled").asBoolean(false)) {
                keys.add(c.get("key").asText());
            }
            if (c.has("components")) {
                collect(c.get("components"), keys);
            }
        }
    }
}
