package cn.county.reelection.bench;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The township process with no project code: the same tasks, gateways, sub-processes, multi-instances,
 * timers, due dates and groups, but every service task a no-op expression, no listener and no follow-up date. The benchmark
 * drives it like the real one to measure what the project adds to the engine.
 */
final class BareProcess {

    static final String KEY = "townshipReelectionBare";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    private BareProcess() {}

    static BpmnModelInstance model() throws Exception {
        try (InputStream in = BareProcess.class.getResourceAsStream("/bpmn/townshipReelection.bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromStream(in);
            Process process =
                    model.getModelElementsByType(Process.class).iterator().next();
            process.setId(KEY);
            process.setName("乡镇党委换届选举（无项目代码）");
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                task.getDomElement().removeAttribute(CAMUNDA, "delegateExpression");
                task.setCamundaExpression("${true}");
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                task.getDomElement()
                        .removeAttribute(
                                CAMUNDA, "followUpDate"); // computed by a project bean (the working-day calendar)
            }
            List<ModelElementInstance> listeners = new ArrayList<>();
            listeners.addAll(model.getModelElementsByType(CamundaExecutionListener.class));
            listeners.addAll(model.getModelElementsByType(CamundaTaskListener.class));
            listeners.forEach(l -> l.getParentElement().removeChildElement(l));
            return model;
        }
    }
}
