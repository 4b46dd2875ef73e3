package cn.county.reelection.operations;

import cn.county.reelection.web.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running instances of an older version of a process to a newer one (README "Process versions"), with
 * Camunda's migration API: every activity mapped to the activity of the same id, so tasks, variables, the
 * project's rows (keyed by instance id) and deadline timers (their jobs and due dates; triggers are not
 * recomputed) stay as they are. Each instance moves in its own transaction: one that waits where the new version
 * has no such activity stays on its version and finishes there. A dry run does the same and rolls every
 * transaction back, so it reports exactly what a real run would do.
 */
@Service
public class ProcessMigrations {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TransactionTemplate transactions;

    public ProcessMigrations(RepositoryService repository, RuntimeService runtime, TransactionTemplate transactions) {
        this.repository = repository;
        this.runtime = runtime;
        this.transactions = transactions;
    }

    public record Request(String process, Integer fromVersion, Integer toVersion, Boolean dryRun) {}

    public record Refused(String processInstanceId, String businessKey, Set<String> waitingAt, String reason) {}

    public record Report(
            String process,
            int fromVersion,
            int toVersion,
            boolean dryRun,
            int instances,
            List<String> migrated,
            List<Refused> refused) {}

    public Report migrate(Request request) {
        if (request.process() == null || request.process().isBlank()) {
            throw ApiException.badRequest(null, "process", "流程标识必须填写，例如townshipReelection");
        }
        if (request.fromVersion() == null) {
            throw ApiException.badRequest(null, "fromVersion", "原版本号必须填写");
        }
        ProcessDefinition source = version(request.process(), request.fromVersion(), "fromVersion");
        ProcessDefinition target = request.toVersion() == null
                ? repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(request.process())
                        .latestVersion()
                        .singleResult()
                : version(request.process(), request.toVersion(), "toVersion");
        if (target.getVersion() <= source.getVersion()) {
            throw ApiException.badRequest(
                    null, "toVersion", "目标版本（%d）必须高于原版本（%d）".formatted(target.getVersion(), source.getVersion()));
        }
        MigrationPlan plan;
        try {
            plan = runtime.createMigrationPlan(source.getId(), target.getId())
                    .mapEqualActivities()
                    .build();
        } catch (MigrationPlanValidationException e) {
            throw ApiException.badRequest(
                    null,
                    "toVersion",
                    "无法从第%d版迁移到第%d版：%s".formatted(source.getVersion(), target.getVersion(), e.getMessage()));
        }
        boolean dryRun = !Boolean.FALSE.equals(request.dryRun());
        List<ProcessInstance> instances = runtime.createProcessInstanceQuery()
                .processDefinitionId(source.getId())
                .list();
        List<String> migrated = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (ProcessInstance instance : instances) {
            Set<String> waitingAt = new TreeSet<>(runtime.getActiveActivityIds(instance.getId()));
            try {
                transactions.executeWithoutResult(status -> {
                    runtime.newMigration(plan)
                            .processInstanceIds(instance.getId())
                            .execute();
                    if (dryRun) {
                        status.setRollbackOnly();
                    }
                });
                migrated.add(instance.getId());
            } catch (MigratingProcessInstanceValidationException e) {
                refused.add(new Refused(
                        instance.getId(),
                        instance.getBusinessKey(),
                        waitingAt,
                        "第%d版中没有对应的活动，留在第%d版办完：%s"
                                .formatted(target.getVersion(), source.getVersion(), e.getMessage())));
            }
        }
        return new Report(
                request.process(),
                source.getVersion(),
                target.getVersion(),
                dryRun,
                instances.size(),
                migrated,
                refused);
    }

    private ProcessDefinition version(String key, int version, String field) {
        ProcessDefinition definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .processDefinitionVersion(version)
                .singleResult();
        if (definition == null) {
            throw ApiException.badRequest(null, field, "流程%s没有第%d版".formatted(key, version));
        }
        return definition;
    }
}
