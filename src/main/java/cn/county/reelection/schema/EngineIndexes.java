package cn.county.reelection.schema;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes on the engine's own tables that Camunda's schema does not have and a province's load needs (README
 * "Benchmarks", the province on two nodes). They are added after the engine has created or updated its schema, each
 * only when it is not there; on PostgreSQL concurrently, so that a running cluster keeps writing while a node adds
 * one to a large table, and an index left invalid by an interrupted build is built again.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

    /** An index of one column of an engine table. */
    record Index(String name, String table, String column) {}

    static final List<Index> INDEXES = List.of(
            // every acquisition looks for due jobs; without it, it reads every deadline timer of every unit
            new Index("RE_IDX_JOB_DUEDATE", "ACT_RU_JOB", "DUEDATE_"),
            // every task completion looks for the task's subtasks
            new Index("RE_IDX_TASK_PARENT", "ACT_RU_TASK", "PARENT_TASK_ID_"));

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    private final JdbcTemplate jdbc;

    EngineIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        String database = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
        for (Index index : INDEXES) {
            try {
                create(database, index);
            } catch (DataAccessException e) {
                // another node may be adding it at the same moment; the engine works without it, only slower
                log.warn("Index {} on {} was not added: {}", index.name(), index.table(), e.getMessage());
            }
        }
    }

    private void create(String database, Index index) {
        if ("postgres".equals(database)) {
            List<Boolean> valid = jdbc.queryForList(
                    "select i.indisvalid from pg_class c join pg_index i on i.indexrelid = c.oid where c.relname = ?",
                    Boolean.class,
                    index.name().toLowerCase());
            if (valid.contains(Boolean.TRUE)) {
                return;
            }
            if (!valid.isEmpty()) {
                jdbc.execute("drop index concurrently if exists " + index.name());
            }
            jdbc.execute("create index concurrently if not exists %s on %s (%s)"
                    .formatted(index.name(), index.table(), index.column()));
        } else {
            jdbc.execute(
                    "create index if not exists %s on %s (%s)".formatted(index.name(), index.table(), index.column()));
        }
    }
}
