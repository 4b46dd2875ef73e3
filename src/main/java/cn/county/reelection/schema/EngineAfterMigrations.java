package cn.county.reelection.schema;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The process engine starts after Flyway's migrations (registered in {@code META-INF/spring.factories}). On a fresh
 * database the order is Flyway, then JPA, then Camunda's own schema: were Camunda's ACT_* tables there first, Flyway
 * would take the non-empty schema for one created before migrations (baseline-on-migrate) and skip V1.
 */
public class EngineAfterMigrations extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class);
    }
}
