package cn.county.reelection.integrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link TaskInputFilter} in front of both engine APIs: the engine REST API and Tasklist's own. */
@Configuration
public class TaskInputFilterConfig {

    static final String ENGINE_REST = "/engine-rest";

    @Bean
    FilterRegistrationBean<TaskInputFilter> taskInputFilter(
            TaskService tasks,
            IdentityService identity,
            TaskInputs inputs,
            ObjectMapper mapper,
            CamundaBpmProperties camunda) {
        String webappEngine = camunda.getWebapp().getApplicationPath() + "/api/engine";
        FilterRegistrationBean<TaskInputFilter> registration = new FilterRegistrationBean<>(
                new TaskInputFilter(tasks, identity, inputs, mapper, List.of(ENGINE_REST, webappEngine)));
        registration.addUrlPatterns(ENGINE_REST + "/*", webappEngine + "/*");
        // right after the request size limit (HIGHEST_PRECEDENCE): a body read here is at most that large
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setName("reelection-task-inputs");
        return registration;
    }
}
