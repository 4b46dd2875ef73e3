package cn.county.reelection.web;

import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Camunda's engine REST application with the project's error answers added
 * ({@link EngineRestExceptionMapper}): 409 for a lost race, 404 for a task that never existed,
 * 400 with rule and field for bad input on a task completion, JSON errors for bodies that are not JSON.
 */
@Component
@ApplicationPath("/engine-rest")
public class EngineRestConfig extends CamundaJerseyResourceConfig {

    private final ObjectProvider<ProcessEngine> engine;

    public EngineRestConfig(ObjectProvider<ProcessEngine> engine) {
        this.engine = engine;
    }

    @Override
    protected void registerAdditionalResources() {
        register(new EngineRestExceptionMapper.ForRestException(engine));
        register(new EngineRestExceptionMapper.ForEngineException(engine));
        register(new EngineRestExceptionMapper.ForAnyError(engine));
        register(EngineRestExceptionMapper.ForUnreadableJson.class);
        register(EngineRestExceptionMapper.ForMismatchedJson.class);
    }
}
