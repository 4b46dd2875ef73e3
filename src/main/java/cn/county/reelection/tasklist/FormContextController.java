package cn.county.reelection.tasklist;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FormContextController {

    private final TaskFormContext contexts;

    public FormContextController(TaskFormContext contexts) {
        this.contexts = contexts;
    }

    /** What a task's embedded form shows before anything is typed; the form reads it when it opens. */
    @Operation(
            summary = "待办任务表单的背景信息",
            description = "表单打开时读取：乡镇（村、社区）和支部名称、名额及最少候选人数（R3、R5）、党代会召开期间（T1）、"
                    + "已通过的选举办法和名单（T5、T6）、可替补的人选（R7、R8）等，按服务端校验所用的同一规则计算。"
                    + "当前用户看不到的任务答404。")
    @GetMapping("/api/tasks/{taskId}/form-context")
    public Map<String, Object> formContext(@PathVariable String taskId) {
        return contexts.describe(taskId);
    }
}
