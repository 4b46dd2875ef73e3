package cn.county.reelection.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The indexes the engine's tables get after its schema (H2 under {@code mvn verify}, PostgreSQL in .ci/run). */
@SpringBootTest
@ActiveProfiles("test")
class EngineIndexesTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    EngineIndexes indexes;

    @Autowired
    ProcessEngine engine;

    @Test
    void theJobDueDateAndTheParentTask_areIndexed_andAddingThemAgainChangesNothing() throws Exception {
        for (EngineIndexes.Index index : EngineIndexes.INDEXES) {
            assertThat(indexedColumns(index.table(), index.name()))
                    .as(index.name())
                    .containsExactly(index.column());
        }

        indexes.postProcessEngineBuild(engine); // as a second node's start does

        for (EngineIndexes.Index index : EngineIndexes.INDEXES) {
            assertThat(indexedColumns(index.table(), index.name()))
                    .as(index.name())
                    .containsExactly(index.column());
        }
    }

    /** The columns of the named index of the table, as the driver's metadata lists them (names in upper case). */
    private List<String> indexedColumns(String table, String index) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (String name : List.of(table, table.toLowerCase())) {
                try (ResultSet rs = meta.getIndexInfo(null, null, name, false, false)) {
                    while (rs.next()) {
                        if (index.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                            columns.add(rs.getString("COLUMN_NAME").toUpperCase());
                        }
                    }
                }
            }
        }
        return columns;
    }
}
