package cn.county.reelection.operations;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Readiness of Camunda's job executor: it runs every deadline timer, reminder and asynchronous step, so a node
 * whose executor should run but does not is not ready. Replaces the starter's indicator of the same name, which
 * reports DOWN on a node that was configured without an executor ({@code camunda.bpm.job-execution.enabled=false},
 * e.g. a web-only node of the cluster, or the tests): such a node serves requests and is ready.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth extends AbstractHealthIndicator {

    private final ProcessEngine engine;
    private final CamundaBpmProperties properties;

    JobExecutorHealth(ProcessEngine engine, CamundaBpmProperties properties) {
        super("job executor health check failed");
        this.engine = engine;
        this.properties = properties;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        JobExecutor executor =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        boolean enabled = properties.getJobExecution().isEnabled();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("enabled", enabled);
        details.put("active", executor != null && executor.isActive());
        if (executor != null) {
            details.put("lockOwner", executor.getLockOwner());
        }
        if (!enabled) {
            builder.up()
                    .withDetails(details)
                    .withDetail("message", "本节点未启用作业执行器（配置），定时任务由其他节点执行 / job execution disabled on this node");
        } else if (executor != null && executor.isActive()) {
            builder.up().withDetails(details);
        } else {
            builder.down()
                    .withDetails(details)
                    .withDetail(
                            "message",
                            "作业执行器未运行：期限定时器不会触发 / the job executor is not running: deadline timers will not fire");
        }
    }
}
