package cn.county.reelection.testing;

import java.sql.Blob;
import java.sql.Clob;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Row count and a content fingerprint of every table of the H2 test database: a refused request must leave both as
 * they were. The engine's own bookkeeping (properties, schema log, metrics) changes on its own and is left out.
 */
public final class DatabaseSnapshot {

    private static final List<String> NOT_COMPARED =
            List.of("ACT_GE_PROPERTY", "ACT_GE_SCHEMA_LOG", "ACT_RU_METER_LOG", "ACT_RU_TASK_METER_LOG");

    private DatabaseSnapshot() {}

    public static Map<String, Long> of(JdbcTemplate jdbc) {
        Map<String, Long> state = new TreeMap<>();
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'",
                String.class);
        for (String table : tables) {
            if (NOT_COMPARED.contains(table.toUpperCase())) {
                continue;
            }
            long[] countAndSum = new long[2];
            // quoted: Flyway's history table is named in lower case
            jdbc.query("select * from \"" + table + "\"", rs -> {
                int columns = rs.getMetaData().getColumnCount();
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    Object value = rs.getObject(i + 1);
                    if (value instanceof Blob blob) {
                        value = blob.getBytes(1, (int) blob.length());
                    } else if (value instanceof Clob clob) {
                        value = clob.getSubString(1, (int) clob.length());
                    }
                    row[i] = value instanceof byte[] b ? Arrays.hashCode(b) : value;
                }
                countAndSum[0]++;
                countAndSum[1] += Arrays.deepHashCode(row);
            });
            state.put(table + " rows", countAndSum[0]);
            state.put(table + " content", countAndSum[1]);
        }
        return state;
    }
}
