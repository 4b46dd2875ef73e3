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
 * timers, due dates and groups, but every service task only writes the gateways' variables, no listener and no follow-up date. The benchmark
 * drives it like the real one to measure what the project adds to the engine.
 */
final class BareProcess {

    static final String KEY = "townshipReelectionBare";
    /** The start variable that stands for the county's review window in the due dates of the county's tasks. */
    static final String COUNTY_DUE = "countyDue";
    /** The start variable holding what every service task writes: the values that let each gateway go on. */
    static final String GATEWAY_VALUES = "gatewayValues";

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
                // no domain logic, only the variables the gateways after it read (what the delegate would write)
                task.setCamundaExpression("${execution.setVariables(" + GATEWAY_VALUES + ")}");
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                task.getDomElement()
                        .removeAttribute(
                                CAMUNDA, "followUpDate"); // computed by a project bean (the working-day calendar)
                if (String.valueOf(task.getCamundaDueDate()).contains("countyWindow")) {
                    task.setCamundaDueDate("${" + COUNTY_DUE + "}"); // the county's window is a project bean too
                }
            }
            List<ModelElementInstance> listeners = new ArrayList<>();
            listeners.addAll(model.getModelElementsByType(CamundaExecutionListener.class));
            listeners.addAll(model.getModelElementsByType(CamundaTaskListener.class));
            listeners.forEach(l -> l.getParentElement().removeChildElement(l));
            return model;
        }
    }
}
