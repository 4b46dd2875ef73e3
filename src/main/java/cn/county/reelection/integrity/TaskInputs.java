package cn.county.reelection.integrity;

import cn.county.reelection.process.AsEngine;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Service;

/**
 * The variables each user task takes (R11): its form's fields, declared in the model as
 * {@code <camunda:property name="inputs" value="approved,comment" />} on the user task. A task without a
 * declaration takes none. Read from the deployed model once per process definition.
 */
@Service
public class TaskInputs {

    /** The extension property that lists a user task's inputs, comma-separated. */
    public static final String PROPERTY = "inputs";

    /** A user task's name (as Tasklist shows it) and the variables it takes. */
    public record Declaration(String taskKey, String name, Set<String> inputs) {

        public boolean takes(String variable) {
            return inputs.contains(variable);
        }

        /** The name a person reads: the task's Chinese name, else its key. */
        public String label() {
            return name == null || name.isBlank() ? taskKey : name;
        }
    }

    private final RepositoryService repository;
    private final IdentityService identity;
    private final Map<String, Map<String, Declaration>> byDefinition = new ConcurrentHashMap<>();

    public TaskInputs(RepositoryService repository, IdentityService identity) {
        this.repository = repository;
        this.identity = identity;
    }

    /** The declaration of one user task; one that declares nothing when the model has none for it. */
    public Declaration of(String processDefinitionId, String taskKey) {
        Declaration declared = all(processDefinitionId).get(taskKey);
        return declared != null ? declared : new Declaration(taskKey, null, Set.of());
    }

    /** Every user task of a deployed process definition, by task key. */
    public Map<String, Declaration> all(String processDefinitionId) {
        return byDefinition.computeIfAbsent(
                processDefinitionId, id -> read(AsEngine.call(identity, () -> repository.getBpmnModelInstance(id))));
    }

    /** The declarations of a model (also for a model not yet deployed, e.g. in tests). */
    public static Map<String, Declaration> read(BpmnModelInstance model) {
        Map<String, Declaration> declarations = new LinkedHashMap<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            declarations.put(task.getId(), new Declaration(task.getId(), task.getName(), inputsOf(task)));
        }
        return Map.copyOf(declarations);
    }

    /** The declared inputs of a user task, or {@code null} when it declares none at all. */
    public static Set<String> declared(UserTask task) {
        ExtensionElements extensions = task.getExtensionElements();
        if (extensions == null) {
            return null;
        }
        Set<String> inputs = null;
        for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if (PROPERTY.equals(property.getCamundaName())) {
                    inputs = inputs == null ? new LinkedHashSet<>() : inputs;
                    inputs.addAll(split(property.getCamundaValue()));
                }
            }
        }
        return inputs;
    }

    private static Set<String> inputsOf(UserTask task) {
        Set<String> inputs = declared(task);
        return inputs == null ? Set.of() : Set.copyOf(inputs);
    }

    private static Collection<String> split(String value) {
        return value == null
                ? Set.of()
                : Arrays.stream(value.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
